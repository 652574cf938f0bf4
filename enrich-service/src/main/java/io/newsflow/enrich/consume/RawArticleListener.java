package io.newsflow.enrich.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.RawArticleEventDeserializer;
import io.newsflow.common.tracing.RecordObservations;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.publish.EnrichedArticlePublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Reads a batch of raw articles and, inside one Kafka transaction that also commits the batch's offsets,
 * publishes for each either its enriched event and a processed-version marker, or a dead letter. A version
 * already enriched (see {@link ProcessedVersions}) is skipped. Values arrive as bytes and are parsed here,
 * so that a record which is not a valid event is dead-lettered unchanged like any other unprocessable record.
 * Any Kafka failure escapes, the transaction is rolled back, and the batch is read again.
 */
@Component
class RawArticleListener {
    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final EnrichmentPipeline pipeline;
    private final EnrichedArticlePublisher publisher;
    private final ProcessedVersions processed;
    private final DeadLetters deadLetters;
    private final KafkaTemplate<String, byte[]> template;
    private final EnrichProperties properties;
    private final RawArticleEventDeserializer deserializer = new RawArticleEventDeserializer();
    private final Timer enrichTime;
    private final Counter duplicates;
    private final RecordObservations tracing;

    RawArticleListener(EnrichmentPipeline pipeline, EnrichedArticlePublisher publisher, ProcessedVersions processed,
                       DeadLetters deadLetters, KafkaTemplate<String, byte[]> enrichTemplate,
                       EnrichProperties properties, MeterRegistry meters, RecordObservations enrichTracing) {
        this.tracing = enrichTracing;
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.template = enrichTemplate;
        this.properties = properties;
        this.enrichTime = Timer.builder("newsflow.enrich.pipeline")
                .description("Time to enrich one article").publishPercentiles(0.5, 0.95, 0.99).register(meters);
        this.duplicates = Counter.builder("newsflow.enrich.duplicates.skipped")
                .description("Raw records of a version already enriched, skipped").register(meters);
    }

    // idIsGroup = false: the consumer group is spring.kafka.consumer.group-id, not the listener id
    @KafkaListener(id = "raw-articles", idIsGroup = false, batch = "true",
            topics = "${newsflow.enrich.raw-topic:" + NewsflowTopics.RAW_ARTICLES + "}",
            concurrency = "${newsflow.enrich.concurrency:1}")
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) {
        processed.ensureLoaded(records.stream().map(ConsumerRecord::partition).distinct().toList());
        ProcessedVersions.Pending pending = new ProcessedVersions.Pending();
        for (ConsumerRecord<String, byte[]> record : records) {
            // each record continues the trace of the request that pushed it; what it sends is a child span
            tracing.observe(record, record.key(), () -> onRawArticle(record, pending));
        }
        if (!pending.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.committedTo(processed);
                }
            });
        }
    }

    private void onRawArticle(ConsumerRecord<String, byte[]> record, ProcessedVersions.Pending pending) {
        if (record.value() == null) {
            // a tombstone deletes a key in a compacted topic; there is no article to enrich
            log.debug("Skipping tombstone for key {} at {}-{}@{}", record.key(), record.topic(),
                    record.partition(), record.offset());
            return;
        }
        RawArticleEvent raw;
        try {
            raw = deserializer.deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            deadLetters.send(record, e);
            return;
        }
        String missing = raw == null ? "the whole event (the value is JSON null)"
                : raw.id() == null || raw.id().isBlank() ? "id" : raw.ninjs() == null ? "ninjs" : null;
        if (missing != null) {
            // keyed and enriched by id and ninjs item: without them it is no article, however often it is read
            deadLetters.send(record, new MalformedRawEventException(record, missing));
            return;
        }
        String version = ProcessedVersions.keyOf(raw);
        if (processed.contains(record.partition(), version) || pending.contains(record.partition(), version)) {
            duplicates.increment();
            log.info("Skipping {}-{}@{}: version {} of {} was already enriched", record.topic(), record.partition(),
                    record.offset(), raw.ninjs().version(), raw.id());
            return;
        }
        String key = record.key() != null ? record.key() : raw.id();
        try {
            EnrichedArticleEvent enriched = enrichWithRetries(raw);
            publisher.publish(key, enriched);
        } catch (RuntimeException e) {
            FailureKind kind = FailureKind.of(e);
            if (kind == FailureKind.KAFKA) {
                throw e; // rolls the batch back; it is read again, nothing is dead-lettered
            }
            if (kind == FailureKind.RETRYABLE) {
                log.error("Dead-lettering {}-{}@{} (key {}) after {} attempts", record.topic(), record.partition(),
                        record.offset(), record.key(), properties.maxAttempts(), e);
            }
            deadLetters.send(record, e);
            return;
        }
        template.send(processed.marker(record.partition(), version, raw.id()));
        pending.add(record.partition(), version);
    }

    /**
     * Failures that may pass (anything not known to be permanent, a bug included) are tried again up to
     * {@code newsflow.enrich.max-attempts} times; the last failure is thrown for the record to be dead-lettered.
     */
    private EnrichedArticleEvent enrichWithRetries(RawArticleEvent raw) {
        for (int attempt = 1; ; attempt++) {
            try {
                return enrichTime.record(() -> pipeline.enrich(raw));
            } catch (RuntimeException e) {
                if (attempt >= properties.maxAttempts() || FailureKind.of(e) != FailureKind.RETRYABLE) {
                    throw e;
                }
                log.warn("Enriching {} failed (attempt {} of {}), trying again: {}", raw.id(), attempt,
                        properties.maxAttempts(), e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
