package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enrich.pipeline.PermanentEnrichmentException;
import io.newsflow.enrich.pipeline.RetryableEnrichmentException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where a raw record the pipeline cannot enrich goes: the dead-letter topic, byte for byte, inside the
 * transaction of its batch (so a dead letter exists exactly when the raw offset behind it is committed).
 * Whether a failure is retried first is carried by its type ({@link FailureKind}): a
 * {@link PermanentEnrichmentException} (an article with nothing to enrich, an enriched event too large to send)
 * and a {@link SerializationException} (bytes that are not an event) are dead-lettered at once, because the same
 * record would fail the same way; every other failure of the pipeline is retried {@code max-attempts} times first,
 * whether it says so ({@link RetryableEnrichmentException}) or not, so that a bug is not mistaken for bad input. A
 * Kafka failure is never dead-lettered: it rolls the batch's transaction back and the batch is read again.
 * Spring Kafka's recoverer adds the {@code kafka_dlt-exception-fqcn}, {@code kafka_dlt-exception-message},
 * {@code kafka_dlt-original-topic}, {@code -partition} and {@code -offset} headers.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {
    /** Room left under max.request.size for the dead letter's key, failure headers and batch overhead. */
    private static final int RECORD_OVERHEAD = 64 * 1024;

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> enrichTemplate, EnrichProperties properties,
                            MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(enrichTemplate,
                // a negative partition lets the producer choose by key, as for any other record
                (record, failure) -> new TopicPartition(properties.deadLetterTopic(), -1));
        Object maxRequest = enrichTemplate.getProducerFactory().getConfigurationProperties()
                .getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024);
        return new DeadLetters(recoverer, Integer.parseInt(String.valueOf(maxRequest)) - RECORD_OVERHEAD, meters);
    }
}
