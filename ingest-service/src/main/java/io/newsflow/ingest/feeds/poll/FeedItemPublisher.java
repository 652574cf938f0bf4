package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.feeds.format.FeedEntry;
import io.newsflow.ingest.publish.PublishOutcome;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.versions.PublishDecision;
import io.newsflow.ingest.versions.PublishedVersions;
import io.newsflow.ingest.versions.StateUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes the items of one feed document: each becomes a raw article event, {@link PublishedVersions} says
 * whether it is new, an update, a retraction or already published, and only the first three go to Kafka. The
 * published versions are read up to date before the first decision, so what any replica published before (a
 * push of the same article included) counts; {@link RawArticlePublisher} writes each item's versions record in
 * the same transaction as the item.
 *
 * <p>Items are sent in batches of one transaction each, since one transaction per item would make a 1,000-item
 * feed cost 1,000 commits. A batch never holds two versions of one id: the second is decided only after the
 * first was written, or both would look new.
 */
class FeedItemPublisher {
    private static final Logger log = LoggerFactory.getLogger(FeedItemPublisher.class);
    static final int BATCH_SIZE = 100;
    private static final int MAX_LOGGED_REF = 120;

    private final FeedEntryMapper mapper;
    private final PublishedVersions versions;
    private final RawArticlePublisher publisher;
    private final Duration catchUpTimeout;

    /** @param catchUpTimeout longest the published versions may take to be read up to date before a poll's items */
    FeedItemPublisher(FeedEntryMapper mapper, PublishedVersions versions, RawArticlePublisher publisher,
                      Duration catchUpTimeout) {
        this.mapper = mapper;
        this.versions = versions;
        this.publisher = publisher;
        this.catchUpTimeout = catchUpTimeout;
    }

    /**
     * @throws PollFailedException when Kafka or the published versions could not be read; items published before
     *                             stay recorded, the rest are offered again by the next poll
     */
    void publish(Feed feed, List<FeedEntry> entries, Instant fetchedAt, FeedStatus status) {
        try {
            versions.catchUp(catchUpTimeout);
        } catch (StateUnavailableException e) {
            throw new PollFailedException("state-unavailable", "Cannot tell which items of feed " + feed.id()
                    + " were published: " + e.getMessage() + "; the next poll offers them again", null, e);
        }
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
            List<PublishOutcome> outcomes = publisher.publishAll(events, feed.id());
            String failure = null;
            for (int i = 0; i < events.size(); i++) {
                PublishOutcome outcome = outcomes.get(i);
                if (!outcome.isPublished()) {
                    failure = outcome.failure();
                } else {
                    // Another replica, or a push, may have written the version since this poll's decisions.
                    status.decided(outcome.isDuplicate() ? PublishDecision.DUPLICATE : decisions.get(i));
                }
            }
            events.clear();
            decisions.clear();
            ids.clear();
            if (failure != null) {
                throw new PollFailedException("kafka-unavailable", "Kafka did not acknowledge items of feed "
                        + feed.id() + ": " + failure + "; they are offered again on the next poll");
            }
        }
    }
}
