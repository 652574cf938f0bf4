package io.newsflow.enrich.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.config.EnrichProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Writes enriched events with the raw record's key and CloudEvents headers into the listener's open Kafka
 * transaction. It does not wait for each record: the transaction's commit waits for all of them, with the
 * raw offsets, so a batch costs one round of acknowledgements.
 */
@Component
public class EnrichedArticlePublisher {
    static final String SOURCE = "/newsflow/enrich";
    /** Room left under max.request.size for the record's key, headers and batch overhead. */
    private static final int RECORD_OVERHEAD = 16 * 1024;

    private final KafkaTemplate<String, byte[]> template;
    private final EnrichProperties properties;
    private final JsonEventSerializer<EnrichedArticleEvent> serializer = new JsonEventSerializer<>();
    private final int maxValueBytes;
    private final Clock clock;
    private final Counter published;
    private final EnrichedArticleMetrics metrics;

    EnrichedArticlePublisher(KafkaTemplate<String, byte[]> enrichTemplate, EnrichProperties properties,
                             MeterRegistry meters) {
        this.template = enrichTemplate;
        this.properties = properties;
        Object maxRequest = enrichTemplate.getProducerFactory().getConfigurationProperties()
                .getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024);
        this.maxValueBytes = Integer.parseInt(String.valueOf(maxRequest)) - RECORD_OVERHEAD;
        this.clock = Clock.systemUTC();
        this.published = Counter.builder("newsflow.enrich.published")
                .description("Enriched articles sent in a transaction (committed with their batch)").register(meters);
        this.metrics = new EnrichedArticleMetrics(meters, clock);
    }

    /**
     * @throws EnrichedEventTooLargeException when the event cannot be sent at all
     * @throws org.apache.kafka.common.KafkaException when the producer refused it (the batch is retried)
     */
    public void publish(String key, EnrichedArticleEvent event) {
        byte[] value = serializer.serialize(properties.enrichedTopic(), event);
        if (value.length > maxValueBytes) {
            throw new EnrichedEventTooLargeException(event.id(), value.length, maxValueBytes + RECORD_OVERHEAD);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(properties.enrichedTopic(), key, value);
        CloudEventHeaders.write(record.headers(), new CloudEventAttributes(
                CloudEventAttributes.deterministicId(event.id(), event.ninjs().version(), event.contentHash(),
                        event.enrichment().pipelineVersion()),
                SOURCE, CloudEventAttributes.ENRICHED_ARTICLE_TYPE, clock.instant(), event.id()));
        // the latency and stage timers are read from the event, so they are recorded here, where it is at hand,
        // once the broker has acknowledged the record (its transaction commits with the batch)
        template.send(record).whenComplete((result, failure) -> {
            if (failure == null) {
                metrics.acknowledged(event);
            }
        });
        published.increment();
    }
}
