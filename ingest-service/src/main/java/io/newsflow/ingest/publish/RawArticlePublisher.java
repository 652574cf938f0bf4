package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.tracing.RecordObservations;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.versions.PublishedVersion;
import io.newsflow.ingest.versions.PublishedVersions;
import io.newsflow.ingest.versions.StateUnavailableException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes raw article events to Kafka, each version once: a version already in the raw topic (same id, version,
 * content hash and pubStatus, as {@link PublishedVersions} holds it) is answered with its original place and not
 * written again. The others are written in one Kafka transaction together with their published-versions records,
 * so a version's record exists exactly when its raw record does, whichever replica wrote it and whether or not the
 * client heard the answer. Everything waits at most {@code newsflow.ingest.publish-timeout}; only what is in Kafka
 * counts as published.
 */
@Component
public class RawArticlePublisher implements AutoCloseable {
    /**
     * Transactions open at once. Two let one group fill while the other commits; more would only make the groups
     * smaller. At most {@link IngestProperties#MAX_OPEN_TRANSACTIONS}, the transactional ids there are.
     */
    static final int GROUP_WRITERS = 2;
    /** A group's articles at most (a larger batch or feed poll still goes in one transaction of its own). */
    static final int MAX_GROUP_ARTICLES = 200;
    private static final Logger log = LoggerFactory.getLogger(RawArticlePublisher.class);
    /** The request's observation, so that its records carry the push's trace though a writer thread sends them. */
    private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();
    private final KafkaTemplate<String, Object> kafka;
    private final PublishedVersions versions;
    private final String topic;
    private final Duration timeout;
    private final Clock clock;
    private final ArticleLocks locks = new ArticleLocks();
    private final GroupCommit<Entries> groups;

    public RawArticlePublisher(KafkaTemplate<String, Object> kafka, PublishedVersions versions,
                               IngestProperties properties, Clock clock, MeterRegistry meters) {
        this.kafka = kafka;
        this.versions = versions;
        this.topic = properties.topic().name();
        this.timeout = properties.publishTimeout();
        this.clock = clock;
        DistributionSummary groupArticles = DistributionSummary.builder("newsflow.ingest.transaction.articles")
                .description("Articles written in one Kafka transaction (requests arriving together share one)")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.groups = new GroupCommit<>("ingest-group-commit", this::writeInTransaction, groupArticles::record,
                GROUP_WRITERS, MAX_GROUP_ARTICLES);
    }

    /** Stops the group commit's writers; Spring calls it when the service shuts down, after the web server. */
    @Override
    public void close() {
        groups.close();
    }

    /**
     * @return where the article is: written now, or already there ({@link PublishedArticle#duplicate()})
     * @throws KafkaUnavailableException when it is not known to be in Kafka
     */
    public PublishedArticle publish(RawArticleEvent event) {
        // the logs of a single push name its article, as enrich's and trends' logs do (RecordObservations)
        try (MDC.MDCCloseable named = MDC.putCloseable(RecordObservations.ARTICLE_ID, event.id())) {
            PublishOutcome outcome = publishAll(List.of(event)).get(0);
            if (!outcome.isPublished()) {
                throw new KafkaUnavailableException(outcome.failure());
            }
            return outcome.published();
        }
    }

    /** Pushed articles: {@link #publishAll(List, String)} without a feed. */
    public List<PublishOutcome> publishAll(List<RawArticleEvent> events) {
        return publishAll(events, null);
    }

    /**
     * Writes all new versions in one transaction, so a batch costs one commit rather than one per article.
     *
     * @param feedId the feed the events come from, recorded with their versions; null for pushed articles
     * @return one outcome per event, in order
     */
    public List<PublishOutcome> publishAll(List<RawArticleEvent> events, String feedId) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReentrantLock> held;
        try {
            held = locks.lockAll(events.stream().map(RawArticleEvent::id).toList(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failedAll(events, "interrupted while waiting for an earlier request for the same article");
        }
        if (held == null) {
            return failedAll(events, "an earlier request for the same article was still being written when the "
                    + "publish timeout of " + timeout.toMillis() + "ms ran out");
        }
        try {
            return publishLocked(events, feedId, deadline);
        } finally {
            locks.unlock(held);
        }
    }

    private List<PublishOutcome> publishLocked(List<RawArticleEvent> events, String feedId, long deadline) {
        try {
            versions.catchUp(remaining(deadline));
        } catch (StateUnavailableException e) {
            return failedAll(events, e.getMessage());
        }
        PublishOutcome[] outcomes = new PublishOutcome[events.size()];
        // The first event of each version is written; a repeat within the same call is answered as its duplicate.
        Map<String, Integer> firstOfVersion = new HashMap<>();
        List<Integer> toWrite = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RawArticleEvent event = events.get(i);
            PublishedVersion original = versions.alreadyWritten(event).orElse(null);
            if (original != null) {
                outcomes[i] = PublishOutcome.published(duplicateOf(event, original));
            } else if (firstOfVersion.putIfAbsent(versionKey(event), i) == null) {
                toWrite.add(i);
            }
        }
        write(events, toWrite, feedId, outcomes, deadline);
        for (int i = 0; i < events.size(); i++) {
            if (outcomes[i] == null) {
                PublishOutcome first = outcomes[firstOfVersion.get(versionKey(events.get(i)))];
                outcomes[i] = first.isPublished()
                        ? PublishOutcome.published(asDuplicate(first.published())) : first;
            }
        }
        return List.of(outcomes);
    }

    /**
     * Writes the events at {@code indexes}, in one transaction with whatever other requests are writing at the
     * same moment ({@link GroupCommit}). One failing record must not fail the others, so a failed group's writes
     * are tried again one event at a time, each on its own, while time is left.
     */
    private void write(List<RawArticleEvent> events, List<Integer> indexes, String feedId, PublishOutcome[] outcomes,
                       long deadline) {
        if (indexes.isEmpty()) {
            return;
        }
        ContextSnapshot context = CONTEXT.captureAll();
        String failure = groups.commit(new Entries(events, indexes, feedId, outcomes, deadline, false, context));
        if (failure == null) {
            return;
        }
        if (deadline - System.nanoTime() > 0) {
            for (int index : indexes) {
                String alone = groups.commit(new Entries(events, List.of(index), feedId, outcomes, deadline, true,
                        context));
                if (alone != null) {
                    outcomes[index] = failed(events.get(index), alone);
                }
            }
            return;
        }
        for (int index : indexes) {
            outcomes[index] = failed(events.get(index), failure);
        }
    }

    /**
     * One request's events to write: those at {@code indexes}, whose outcomes go to the same places; its records
     * are sent in the request's {@code context} (its trace).
     */
    private record Entries(List<RawArticleEvent> events, List<Integer> indexes, String feedId,
                           PublishOutcome[] outcomes, long deadline, boolean alone, ContextSnapshot context)
            implements GroupCommit.Write {
        @Override
        public int articles() {
            return indexes.size();
        }
    }

    /**
     * Writes a group's events and their versions records in one transaction and fills in their outcomes.
     *
     * @return null when committed (the outcomes are filled in), else why not (nothing was committed)
     */
    private String writeInTransaction(List<Entries> group, long deadline) {
        try {
            List<Written> written = kafka.executeInTransaction(ops -> {
                List<CompletableFuture<SendResult<String, Object>>> raws = new ArrayList<>();
                List<Written> records = new ArrayList<>();
                for (Entries entries : group) {
                    try (ContextSnapshot.Scope request = entries.context().setThreadLocals()) {
                        for (int index : entries.indexes()) {
                            RawArticleEvent event = entries.events().get(index);
                            raws.add(ops.send(RawArticleRecords.toRecord(topic, event)));
                            records.add(new Written(entries, index, event, null));
                        }
                    }
                }
                List<CompletableFuture<SendResult<String, Object>>> states = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                    Written record = records.get(i);
                    // The versions record names the raw record's offset, which is known only once it was acknowledged.
                    RecordMetadata raw = await(raws.get(i), deadline);
                    PublishedVersion version = PublishedVersion.of(record.event(), record.entries().feedId(),
                            raw.topic(), raw.partition(), raw.offset(), clock.instant());
                    records.set(i, new Written(record.entries(), record.index(), record.event(), version));
                    try (ContextSnapshot.Scope request = record.entries().context().setThreadLocals()) {
                        states.add(ops.send(new ProducerRecord<>(versions.topic(), record.event().id(), version)));
                    }
                }
                for (int i = 0; i < records.size(); i++) {
                    records.set(i, records.get(i).at(await(states.get(i), deadline)));
                }
                return records;
            });
            Map<Integer, Long> readPast = new HashMap<>();
            for (Written record : written) {
                versions.remember(record.event().id(), record.statePartition(), record.stateOffset(), record.version());
                readPast.merge(record.statePartition(), record.stateOffset() + 1, Math::max);
                record.entries().outcomes()[record.index()] = PublishOutcome.published(new PublishedArticle(
                        record.event().id(), record.event().ninjs().version(), record.version().topic(),
                        record.version().partition(), record.version().offset(), false));
            }
            // So that a resend the client makes as soon as it has its answer, to any replica, is seen as one.
            if (!versions.awaitRead(readPast, remaining(deadline))) {
                log.warn("Committed, but the commit markers of {} were not read back within the publish timeout; a "
                        + "resend to another replica right now may be written again", readPast);
            }
            return null;
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            return cause instanceof TimeoutException
                    ? "no acknowledgement within the publish timeout of " + timeout.toMillis() + "ms"
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    private static RecordMetadata await(CompletableFuture<SendResult<String, Object>> send, long deadline) {
        try {
            return send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).getRecordMetadata();
        } catch (ExecutionException e) {
            throw new NotAcknowledgedException(e.getCause());
        } catch (TimeoutException e) {
            throw new NotAcknowledgedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledgedException(e);
        }
    }

    private static PublishedArticle duplicateOf(RawArticleEvent event, PublishedVersion original) {
        return new PublishedArticle(event.id(), event.ninjs().version(), original.topic(), original.partition(),
                original.offset(), true);
    }

    private static PublishedArticle asDuplicate(PublishedArticle first) {
        return new PublishedArticle(first.id(), first.version(), first.topic(), first.partition(), first.offset(),
                true);
    }

    /** The ce_id names id, version and content hash; a retraction that keeps all three differs by pubStatus. */
    private static String versionKey(RawArticleEvent event) {
        return CloudEventAttributes.deterministicId(event.id(), event.ninjs().version(), event.contentHash())
                + "/" + PublishedVersion.pubStatusOf(event.ninjs().pubStatus());
    }

    private Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Spring wraps the producer's own exception ("Send failed"); the client learns more from the innermost. */
    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private List<PublishOutcome> failedAll(List<RawArticleEvent> events, String reason) {
        return events.stream().map(event -> failed(event, reason)).toList();
    }

    private PublishOutcome failed(RawArticleEvent event, String reason) {
        try (MDC.MDCCloseable named = MDC.putCloseable(RecordObservations.ARTICLE_ID, event.id())) {
            log.warn("Article {} version {} is not known to be in Kafka topic {}: {}", event.id(),
                    event.ninjs().version(), topic, reason);
        }
        return PublishOutcome.failed(reason);
    }

    /** A raw record and its versions record, once both were acknowledged inside the transaction. */
    private record Written(Entries entries, int index, RawArticleEvent event, PublishedVersion version,
                           int statePartition, long stateOffset) {

        Written(Entries entries, int index, RawArticleEvent event, PublishedVersion version) {
            this(entries, index, event, version, -1, -1);
        }

        Written at(RecordMetadata state) {
            return new Written(entries, index, event, version, state.partition(), state.offset());
        }
    }

    /** Ends the transaction's callback, so Spring aborts the transaction. */
    private static final class NotAcknowledgedException extends RuntimeException {
        NotAcknowledgedException(Throwable cause) {
            super(cause);
        }
    }
}
