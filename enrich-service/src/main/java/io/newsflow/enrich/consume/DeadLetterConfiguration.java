package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enrich.pipeline.PermanentEnrichmentException;
import io.newsflow.enrich.pipeline.RetryableEnrichmentException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

import java.util.Map;

/**
 * What happens to a raw record the listener could not process. Whether a failure is retried is carried by its
 * type: a {@link PermanentEnrichmentException} (an article with nothing to enrich) and a
 * {@link SerializationException} (bytes that are not an event) go straight to the dead-letter topic, because the
 * same record would fail the same way; everything else is retried {@code max-attempts} times first, whether it says
 * so ({@link RetryableEnrichmentException}: the broker did not take the enriched record in time) or not, so that a
 * bug is not mistaken for bad input and dead-lettered silently; it is logged as an error when it is dead-lettered.
 * Spring Kafka's recoverer adds the {@code kafka_dlt-exception-fqcn}, {@code kafka_dlt-exception-message},
 * {@code kafka_dlt-original-topic}, {@code -partition} and {@code -offset} headers. The offset is committed only
 * after the dead letter is acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Bean
    DefaultErrorHandler rawArticleErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate,
                                               EnrichProperties properties, MeterRegistry meters) {
        Counter deadLettered = Counter.builder("newsflow.enrich.dead.lettered")
                .description("Raw records sent to the dead-letter topic").register(meters);
        DeadLetterPublishingRecoverer toDeadLetterTopic = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                // a negative partition lets the producer choose by key, as for any other record
                (record, failure) -> new TopicPartition(properties.deadLetterTopic(), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            // name the real failure in the headers, not Spring's wrapper around the listener call
            Exception cause = failure instanceof ListenerExecutionFailedException
                    && failure.getCause() instanceof Exception listenerFailure ? listenerFailure : failure;
            if (!isPermanent(cause)) {
                log.error("Dead-lettering raw record {}-{}@{} (key {}) after {} attempts", record.topic(),
                        record.partition(), record.offset(), record.key(), properties.maxAttempts(), cause);
            }
            toDeadLetterTopic.accept(record, cause);
            deadLettered.increment();
        }, new FixedBackOff(properties.retryBackoff().toMillis(), Math.max(0, properties.maxAttempts() - 1)));
        // replaces Spring Kafka's own list of fatal exceptions too: ClassCastException and the like are bugs here
        handler.setClassifications(Map.of(PermanentEnrichmentException.class, false,
                SerializationException.class, false, RetryableEnrichmentException.class, true), true);
        return handler;
    }

    private static boolean isPermanent(Throwable failure) {
        return failure instanceof PermanentEnrichmentException || failure instanceof SerializationException;
    }
}
