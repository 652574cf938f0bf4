package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.feeds.format.FeedEntry;
import io.newsflow.ingest.feeds.state.PublishDecision;
import io.newsflow.ingest.feeds.state.PublishedVersions;
import io.newsflow.ingest.publish.PublishOutcome;
import io.newsflow.ingest.publish.RawArticlePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the items of one feed document: each becomes a raw article event, {@link PublishedVersions} says
 * whether it is new, an update, a retraction or already published, and only the first three go to Kafka.
 * An item is recorded as published only after Kafka acknowledged it.
 *
 * <p>Items are sent in batches, since waiting for each acknowledgement alone would make a 1,000-item feed
 * cost 1,000 round trips. A batch never holds two versions of one id: the second is decided only after the
 * first was recorded, or both would look new. The acknowledged items of a batch are recorded in parallel:
 * each record waits for its own acks=all, and one at a time that wait, not Kafka, would set the pace.
 */
class FeedItemPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedItemPublisher.class);
    static final int BATCH_SIZE = 100;
    private static final int MAX_LOGGED_REF = 120;
    /** Threads that wait for state records to be acknowledged; they only block, so a few dozen cost little. */
    private static final int RECORDING_THREADS = 16;

    private final FeedEntryMapper mapper;
    private final PublishedVersions versions;
    private final RawArticlePublisher publisher;
    private final ExecutorService recorders;

    FeedItemPublisher(FeedEntryMapper mapper, PublishedVersions versions, RawArticlePublisher publisher) {
        this.mapper = mapper;
        this.versions = versions;
        this.publisher = publisher;
        AtomicInteger threads = new AtomicInteger();
        this.recorders = Executors.newFixedThreadPool(RECORDING_THREADS, task -> {
            Thread thread = new Thread(task, "feed-record-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        recorders.shutdown();
    }

    /**
     * @throws PollFailedException when Kafka or the published-versions store failed; items published before
     *                             stay recorded, the rest are offered again by the next poll
     */
    void publish(Feed feed, List<FeedEntry> entries, Instant fetchedAt, FeedStatus status) {
        Batch batch = new Batch(feed, status);
        int position = 0;
        for (FeedEntry entry : entries) {
            position++;
            RawArticleEvent event = toEvent(feed, entry, position, fetchedAt, status);
            if (event == null) {
                continue;
            }
            if (batch.holds(event.id())) {
                batch.flush();
            }
            PublishDecision decision = versions.decide(event);
            if (decision == PublishDecision.DUPLICATE || decision == PublishDecision.STALE) {
                status.decided(decision);
                continue;
            }
            batch.add(event, decision);
            if (batch.full()) {
                batch.flush();
            }
        }
        batch.flush();
    }

    private RawArticleEvent toEvent(Feed feed, FeedEntry entry, int position, Instant fetchedAt, FeedStatus status) {
        List<String> repairs = new ArrayList<>();
        try {
            RawArticleEvent event = mapper.toEvent(feed, entry, fetchedAt, repairs);
            repairs.forEach(status::repaired);
            return event;
        } catch (ItemRejectedException e) {
            status.rejected(e.reason());
            log.info("Feed {}: left out item {} ({}): {}", feed.id(), itemRef(entry, position), e.reason(),
                    e.getMessage());
            return null;
        }
    }

    /** The item's guid or link, cut short: a hostile feed's ids can be megabytes long. */
    private static String itemRef(FeedEntry entry, int position) {
        String ref = entry.guid() != null ? entry.guid() : entry.link() != null ? entry.link() : "item " + position;
        return ref.length() <= MAX_LOGGED_REF ? ref : ref.substring(0, MAX_LOGGED_REF) + "...";
    }

    private final class Batch {
        private final Feed feed;
        private final FeedStatus status;
        private final List<RawArticleEvent> events = new ArrayList<>();
        private final List<PublishDecision> decisions = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Batch(Feed feed, FeedStatus status) {
            this.feed = feed;
            this.status = status;
        }

        boolean holds(String id) {
            return ids.contains(id);
        }

        boolean full() {
            return events.size() >= BATCH_SIZE;
        }

        void add(RawArticleEvent event, PublishDecision decision) {
            events.add(event);
            decisions.add(decision);
            ids.add(event.id());
        }

        void flush() {
            if (events.isEmpty()) {
                return;
            }
            List<PublishOutcome> outcomes = publisher.publishAll(events);
            String failure = null;
            List<CompletableFuture<Void>> records = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (!outcomes.get(i).isPublished()) {
                    failure = outcomes.get(i).failure();
                    continue;
                }
                RawArticleEvent event = events.get(i);
                PublishDecision decision = decisions.get(i);
                records.add(CompletableFuture.runAsync(() -> versions.recordPublished(feed.id(), event), recorders)
                        .thenRun(() -> status.decided(decision)));
            }
            events.clear();
            decisions.clear();
            ids.clear();
            awaitRecorded(records);
            if (failure != null) {
                throw new PollFailedException("kafka-unavailable", "Kafka did not acknowledge items of feed "
                        + feed.id() + ": " + failure + "; they are offered again on the next poll");
            }
        }

        private void awaitRecorded(List<CompletableFuture<Void>> records) {
            RuntimeException firstFailure = null;
            for (CompletableFuture<Void> record : records) {
                try {
                    record.join();
                } catch (CompletionException e) {
                    firstFailure = firstFailure == null && e.getCause() instanceof RuntimeException cause
                            ? cause : firstFailure;
                }
            }
            if (firstFailure != null) {
                throw new PollFailedException("state-unavailable", "Published items of feed " + feed.id()
                        + " but could not record them: " + firstFailure.getMessage() + "; the next poll offers "
                        + "them again and consumers drop the repeats by their ce_id", null, firstFailure);
            }
        }
    }
}
