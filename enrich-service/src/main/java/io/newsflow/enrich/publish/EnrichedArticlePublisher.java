package io.newsflow.enrich.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.enrich.config.EnrichProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes enriched events with the raw record's key and CloudEvents headers, and waits for the broker's
 * acknowledgement: the listener returns (and the raw offset is committed) only for records really written.
 */
@Component
public class EnrichedArticlePublisher {
    static final String SOURCE = "/newsflow/enrich";

    private final KafkaTemplate<String, EnrichedArticleEvent> template;
    private final EnrichProperties properties;
    private final Clock clock;
    private final Counter published;

    EnrichedArticlePublisher(KafkaTemplate<String, EnrichedArticleEvent> enrichedArticleTemplate,
                             EnrichProperties properties, MeterRegistry meters) {
        this.template = enrichedArticleTemplate;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.published = Counter.builder("newsflow.enrich.published")
                .description("Enriched articles acknowledged by the broker").register(meters);
    }

    public void publish(String key, EnrichedArticleEvent event) {
        ProducerRecord<String, EnrichedArticleEvent> record =
                new ProducerRecord<>(properties.enrichedTopic(), key, event);
        CloudEventHeaders.write(record.headers(), new CloudEventAttributes(
                CloudEventAttributes.deterministicId(event.id(), event.ninjs().version(), event.contentHash(),
                        event.enrichment().pipelineVersion()),
                SOURCE, CloudEventAttributes.ENRICHED_ARTICLE_TYPE, clock.instant(), event.id()));
        try {
            template.send(record).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            published.increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrichedArticleNotPublishedException(event.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EnrichedArticleNotPublishedException(event.id(), e);
        }
    }
}
