package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends one raw record, unchanged, to the dead-letter topic with the failure in its headers. A record too large
 * for the producer to send again (the raw topic may take more than {@code max.request.size}) keeps only its
 * first {@value #KEPT_BYTES} bytes, with its full size in the {@value #TRUNCATED_HEADER} header; the whole record
 * stays on the raw topic at the original offset the dead letter names, for the raw topic's retention. Without
 * this, the dead letter's send would fail, roll the batch back, and the partition would stop behind it.
 */
final class DeadLetters {
    /** Header on a dead letter that holds only the beginning of the raw value: the raw value's size in bytes. */
    static final String TRUNCATED_HEADER = "newsflow_dlt-value-truncated-from";
    static final int KEPT_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final int maxValueBytes;
    private final Counter deadLettered;

    DeadLetters(DeadLetterPublishingRecoverer recoverer, int maxValueBytes, MeterRegistry meters) {
        this.recoverer = recoverer;
        this.maxValueBytes = maxValueBytes;
        this.deadLettered = Counter.builder("newsflow.enrich.dead.lettered")
                .description("Raw records sent to the dead-letter topic").register(meters);
    }

    /** @throws org.apache.kafka.common.KafkaException when the broker refused it (the batch is retried) */
    void send(ConsumerRecord<String, byte[]> record, Exception failure) {
        log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                record.key(), failure.toString());
        recoverer.accept(sendable(record), failure);
        deadLettered.increment();
    }

    private ConsumerRecord<String, byte[]> sendable(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value();
        if (value == null || value.length <= maxValueBytes) {
            return record;
        }
        byte[] kept = Arrays.copyOf(value, Math.min(KEPT_BYTES, maxValueBytes));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(TRUNCATED_HEADER, String.valueOf(value.length).getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), kept.length, record.key(), kept, headers,
                record.leaderEpoch());
    }
}
