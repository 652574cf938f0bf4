package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.RawArticleEventDeserializer;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.publish.EnrichedArticlePublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads raw articles, enriches each one and publishes the result before the raw record's offset is
 * committed. Values arrive as bytes and are parsed here, so that a record which is not a valid event fails
 * inside the listener and is dead-lettered unchanged like any other failure.
 */
@Component
class RawArticleListener {
    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final EnrichmentPipeline pipeline;
    private final EnrichedArticlePublisher publisher;
    private final RawArticleEventDeserializer deserializer = new RawArticleEventDeserializer();
    private final Timer enrichTime;

    RawArticleListener(EnrichmentPipeline pipeline, EnrichedArticlePublisher publisher, MeterRegistry meters) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.enrichTime = Timer.builder("newsflow.enrich.pipeline")
                .description("Time to enrich one article").publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    @KafkaListener(id = "raw-articles",
            topics = "${newsflow.enrich.raw-topic:" + NewsflowTopics.RAW_ARTICLES + "}",
            concurrency = "${newsflow.enrich.concurrency:1}")
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // a tombstone deletes a key in a compacted topic; there is no article to enrich
            log.debug("Skipping tombstone for key {} at {}-{}@{}", record.key(), record.topic(),
                    record.partition(), record.offset());
            return;
        }
        RawArticleEvent raw = deserializer.deserialize(record.topic(), record.value());
        EnrichedArticleEvent enriched = enrichTime.record(() -> pipeline.enrich(raw));
        publisher.publish(record.key() != null ? record.key() : raw.id(), enriched);
    }
}
