package io.newsflow.ingest.feeds.poll;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.versions.PublishDecision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one feed has done on this replica since it started, shown by {@code /api/v1/feeds} and as Micrometer
 * meters tagged {@code feed}. The meters read the same numbers as the endpoint, so the two never disagree.
 * Written by the poll of the feed, read by HTTP and metrics threads.
 */
public final class FeedStatus {
    static final String SEEN = "newsflow.ingest.feed.items.seen";
    static final String PUBLISHED = "newsflow.ingest.feed.items.published";
    static final String SKIPPED = "newsflow.ingest.feed.items.skipped";
    static final String REJECTED = "newsflow.ingest.feed.items.rejected";
    static final String REPAIRED = "newsflow.ingest.feed.items.repaired";
    static final String LINKED_PAGES = "newsflow.ingest.feed.linked.pages";
    static final String POLLS = "newsflow.ingest.feed.polls";
    static final String POLL_FAILURES = "newsflow.ingest.feed.poll.failures";
    static final String HEALTHY = "newsflow.ingest.feed.healthy";
    static final String OWNED = "newsflow.ingest.feed.owned";
    static final String LAST_SUCCESS = "newsflow.ingest.feed.last.success";
    static final String CONSECUTIVE_FAILURES = "newsflow.ingest.feed.consecutive.failures";

    /** How a poll ended; the {@code outcome} tag of {@code newsflow.ingest.feed.polls}. */
    public enum PollOutcome {
        /** a new document was read */
        CHANGED,
        /** 304: the server said nothing changed */
        NOT_MODIFIED,
        /** 200 with the same body as last time (servers without ETag or Last-Modified) */
        UNCHANGED,
        FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The last failure: when, its machine-readable reason and what it said. */
    public record LastError(Instant at, String reason, String message) {
    }

    private final Feed feed;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration unhealthyAfter;

    private final AtomicLong seen = new AtomicLong();
    private final Map<PublishDecision, AtomicLong> decisions = new EnumMap<>(PublishDecision.class);
    private final ConcurrentMap<String, AtomicLong> rejected = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> repaired = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> pollFailures = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> linkedPages = new ConcurrentHashMap<>();
    private final ConcurrentMap<PollOutcome, AtomicLong> polls = new ConcurrentHashMap<>();

    private volatile boolean owned;
    private volatile Instant lastPollAt;
    private volatile PollOutcome lastOutcome;
    private volatile Instant lastSuccessAt;
    private volatile LastError lastError;
    private volatile Instant failingSince;
    private volatile int consecutiveFailures;
    private volatile Instant nextPollAt;

    FeedStatus(Feed feed, MeterRegistry registry, Clock clock, Duration unhealthyAfter) {
        this.feed = feed;
        this.registry = registry;
        this.clock = clock;
        this.unhealthyAfter = unhealthyAfter;
        for (PublishDecision decision : PublishDecision.values()) {
            AtomicLong count = new AtomicLong();
            decisions.put(decision, count);
            boolean publishes = decision != PublishDecision.DUPLICATE && decision != PublishDecision.STALE;
            FunctionCounter.builder(publishes ? PUBLISHED : SKIPPED, count, AtomicLong::get)
                    .description(publishes ? "Feed items Kafka acknowledged, by decision"
                            : "Feed items not published because they were already published or older")
                    .tag("feed", feed.id()).tag("decision", decision.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        FunctionCounter.builder(SEEN, seen, AtomicLong::get).description("Items read from the feed, good or bad")
                .tag("feed", feed.id()).register(registry);
        Gauge.builder(HEALTHY, this, s -> s.healthy() ? 1 : 0).strongReference(true)
                .description("1 unless the feed has been failing longer than newsflow.ingest.feeds.unhealthy-after")
                .tag("feed", feed.id()).register(registry);
        Gauge.builder(OWNED, this, s -> s.owned ? 1 : 0).strongReference(true)
                .description("1 when this replica polls the feed").tag("feed", feed.id()).register(registry);
        Gauge.builder(LAST_SUCCESS, this, s -> s.lastSuccessAt == null ? Double.NaN
                        : s.lastSuccessAt.toEpochMilli() / 1000.0).strongReference(true).baseUnit("seconds")
                .description("Epoch time of the last successful poll").tag("feed", feed.id()).register(registry);
        Gauge.builder(CONSECUTIVE_FAILURES, this, s -> s.consecutiveFailures).strongReference(true)
                .description("Polls failed in a row").tag("feed", feed.id()).register(registry);
    }

    public Feed feed() {
        return feed;
    }

    void owned(boolean ownedNow) {
        if (owned && !ownedNow) {
            // Another replica reports the feed now; an old failure here would be a false alarm.
            failingSince = null;
            consecutiveFailures = 0;
            nextPollAt = null;
        }
        owned = ownedNow;
    }

    void seen(int items) {
        seen.addAndGet(items);
    }

    void decided(PublishDecision decision) {
        decisions.get(decision).incrementAndGet();
    }

    void rejected(String reason) {
        count(REJECTED, "Feed items left out, by reason", rejected, reason);
    }

    void repaired(String reason) {
        count(REPAIRED, "Feed items published after a fix (e.g. fetch time for an unreadable date), by reason",
                repaired, reason);
    }

    /** @param outcome {@code extracted}, or why the item kept its summary (a fetch reason, {@code no-text}, ...) */
    void linkedPage(String outcome) {
        countTagged(LINKED_PAGES, "Linked pages fetched for summary-only items, by outcome", linkedPages,
                "outcome", outcome);
    }

    void pollSucceeded(PollOutcome outcome) {
        countPoll(outcome);
        Instant now = clock.instant();
        lastPollAt = now;
        lastOutcome = outcome;
        lastSuccessAt = now;
        failingSince = null;
        consecutiveFailures = 0;
    }

    /** @return failures in a row, this one included */
    int pollFailed(String reason, String message) {
        countPoll(PollOutcome.FAILED);
        count(POLL_FAILURES, "Polls that failed, by reason", pollFailures, reason);
        Instant now = clock.instant();
        lastPollAt = now;
        lastOutcome = PollOutcome.FAILED;
        lastError = new LastError(now, reason, message);
        if (failingSince == null) {
            failingSince = now;
        }
        return ++consecutiveFailures;
    }

    void nextPollAt(Instant at) {
        nextPollAt = at;
    }

    /** False once the feed has failed for longer than {@code newsflow.ingest.feeds.unhealthy-after}. */
    public boolean healthy() {
        Instant since = failingSince;
        return since == null || Duration.between(since, clock.instant()).compareTo(unhealthyAfter) < 0;
    }

    public boolean owned() {
        return owned;
    }

    public FeedStatusView view() {
        return new FeedStatusView(feed.id(), feed.name(), FeedEntryMapper.publicAddress(feed.url()), feed.format(),
                feed.enabled(), owned, healthy(), lastPollAt, lastOutcome == null ? null : lastOutcome.tag(),
                lastSuccessAt, lastError, failingSince, consecutiveFailures, owned ? nextPollAt : null,
                seen.get(), publishedCount(), count(PublishDecision.NEW), count(PublishDecision.UPDATE),
                count(PublishDecision.RETRACTION), count(PublishDecision.DUPLICATE), count(PublishDecision.STALE),
                snapshot(rejected), snapshot(repaired), snapshot(pollFailures), snapshot(linkedPages));
    }

    private long publishedCount() {
        return count(PublishDecision.NEW) + count(PublishDecision.UPDATE) + count(PublishDecision.RETRACTION);
    }

    private long count(PublishDecision decision) {
        return decisions.get(decision).get();
    }

    private void countPoll(PollOutcome outcome) {
        polls.computeIfAbsent(outcome, o -> {
            AtomicLong count = new AtomicLong();
            FunctionCounter.builder(POLLS, count, AtomicLong::get).description("Polls, by outcome")
                    .tag("feed", feed.id()).tag("outcome", o.tag()).register(registry);
            return count;
        }).incrementAndGet();
    }

    private void count(String meter, String description, ConcurrentMap<String, AtomicLong> counts, String reason) {
        countTagged(meter, description, counts, "reason", reason);
    }

    private void countTagged(String meter, String description, ConcurrentMap<String, AtomicLong> counts,
                             String tag, String value) {
        counts.computeIfAbsent(value, v -> {
            AtomicLong count = new AtomicLong();
            FunctionCounter.builder(meter, count, AtomicLong::get).description(description)
                    .tag("feed", feed.id()).tag(tag, v).register(registry);
            return count;
        }).incrementAndGet();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((reason, count) -> copy.put(reason, count.get()));
        return copy;
    }
}
