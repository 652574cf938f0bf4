package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** Sends one raw record, unchanged, to the dead-letter topic with the failure in its headers. */
final class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final Counter deadLettered;

    DeadLetters(DeadLetterPublishingRecoverer recoverer, MeterRegistry meters) {
        this.recoverer = recoverer;
        this.deadLettered = Counter.builder("newsflow.enrich.dead.lettered")
                .description("Raw records sent to the dead-letter topic").register(meters);
    }

    /** @throws org.apache.kafka.common.KafkaException when the broker refused it (the batch is retried) */
    void send(ConsumerRecord<String, byte[]> record, Exception failure) {
        log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                record.key(), failure.toString());
        recoverer.accept(record, failure);
        deadLettered.increment();
    }
}
