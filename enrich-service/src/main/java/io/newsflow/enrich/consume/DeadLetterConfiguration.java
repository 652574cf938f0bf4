package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enrich.pipeline.UnprocessableArticleException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens to a raw record the listener could not process: transient failures (the broker did not
 * take the enriched record in time) are retried; records that can never succeed (not JSON, not an article)
 * go straight to the dead-letter topic. Spring Kafka's recoverer adds the {@code kafka_dlt-exception-fqcn},
 * {@code kafka_dlt-exception-message}, {@code kafka_dlt-original-topic}, {@code -partition} and
 * {@code -offset} headers. The offset is committed only after the dead letter is acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

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
            toDeadLetterTopic.accept(record, failure instanceof ListenerExecutionFailedException
                    && failure.getCause() instanceof Exception cause ? cause : failure);
            deadLettered.increment();
        }, new FixedBackOff(properties.retryBackoff().toMillis(), Math.max(0, properties.maxAttempts() - 1)));
        handler.addNotRetryableExceptions(SerializationException.class, UnprocessableArticleException.class,
                IllegalArgumentException.class);
        return handler;
    }
}
