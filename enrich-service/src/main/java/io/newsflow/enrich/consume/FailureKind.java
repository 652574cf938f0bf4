package io.newsflow.enrich.consume;

import io.newsflow.enrich.pipeline.PermanentEnrichmentException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;

/** What a failure while handling one raw record means for that record, decided by the failure's type (ADR 0011). */
enum FailureKind {
    /** The record itself can never be enriched: dead-lettered at once. */
    PERMANENT,
    /** The broker or client failed: the batch's transaction is rolled back and the batch read again. */
    KAFKA,
    /** Anything else (a passing outage or a bug): tried again up to max-attempts, then dead-lettered. */
    RETRYABLE;

    static FailureKind of(Throwable failure) {
        // SerializationException is a KafkaException, but it is about the bytes of one record
        if (failure instanceof PermanentEnrichmentException || failure instanceof SerializationException) {
            return PERMANENT;
        }
        // KafkaTemplate wraps what the producer threw (a metadata or send timeout while the broker is away) in
        // Spring's own KafkaException ("Send failed"), which is no Kafka client exception: look through it
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KafkaException && !(cause instanceof SerializationException)) {
                return KAFKA;
            }
        }
        return RETRYABLE;
    }
}
