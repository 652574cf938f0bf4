package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.config.FeedsProperties;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.feeds.poll.FeedStatus.PollOutcome;
import io.newsflow.ingest.feeds.state.FeedOwnership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the polls: one scheduled task per enabled feed on a small shared pool. A task polls only while this
 * replica owns the feed ({@link FeedOwnership}); otherwise it checks again shortly, so a feed is picked up
 * soon after ownership moves here. After a success the next poll comes one poll interval later; after a
 * failure, after the {@link Backoff} delay.
 *
 * <p>Each task schedules its own successor, so one feed is never polled twice at the same time and a slow
 * feed delays only itself.
 */
public class FeedScheduler implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);
    /** Longest a replica waits before noticing that it now owns a feed. */
    static final Duration OWNERSHIP_RECHECK = Duration.ofSeconds(5);
    /** Polls still running at shutdown get this long to finish their batch. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** First polls are spread over up to this much, so a restart does not hit every provider at once. */
    private static final Duration START_SPREAD = Duration.ofSeconds(1);

    private final FeedsProperties properties;
    private final FeedStatuses statuses;
    private final FeedOwnership ownership;
    private final FeedPoller poller;
    private final Backoff backoff;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    FeedScheduler(FeedsProperties properties, FeedStatuses statuses, FeedOwnership ownership, FeedPoller poller,
                  Clock clock) {
        this.properties = properties;
        this.statuses = statuses;
        this.ownership = ownership;
        this.poller = poller;
        this.backoff = new Backoff(properties.backoff());
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(properties.pollThreads(), task -> {
            Thread thread = new Thread(task, "feed-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // At shutdown, polls that are only scheduled are dropped; polls under way finish their batch.
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = pool;
        for (Feed feed : properties.enabledSources()) {
            long spread = Math.min(START_SPREAD.toMillis(), feed.pollInterval().toMillis());
            schedule(feed, Duration.ofMillis(ThreadLocalRandom.current().nextLong(spread + 1)));
        }
        log.info("Polling {} of {} configured feeds with {} threads", properties.enabledSources().size(),
                properties.sources().size(), properties.pollThreads());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void schedule(Feed feed, Duration delay) {
        ScheduledExecutorService running = executor;
        if (running == null || running.isShutdown()) {
            return;
        }
        FeedStatus status = statuses.get(feed.id()).orElseThrow();
        status.nextPollAt(clock.instant().plus(delay));
        running.schedule(() -> run(feed, status), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(Feed feed, FeedStatus status) {
        try {
            schedule(feed, pollIfOwned(feed, status));
        } catch (RuntimeException | Error e) {
            // Unreachable by design; without a successor the feed would silently never be polled again.
            log.error("Feed {}: scheduling failed; trying again after {}", feed.id(), feed.pollInterval(), e);
            schedule(feed, feed.pollInterval());
        }
    }

    private Duration pollIfOwned(Feed feed, FeedStatus status) {
        if (!ownership.owns(feed.id())) {
            status.owned(false);
            return min(feed.pollInterval(), OWNERSHIP_RECHECK);
        }
        status.owned(true);
        try {
            PollOutcome outcome = poller.poll(feed, status);
            status.pollSucceeded(outcome);
            log.debug("Feed {}: {}", feed.id(), outcome);
            return feed.pollInterval();
        } catch (PollFailedException e) {
            return failed(feed, status, e.reason(), e.getMessage(), e.retryAfter(), null);
        } catch (RuntimeException e) {
            return failed(feed, status, "internal-error", e.toString(), null, e);
        }
    }

    private Duration failed(Feed feed, FeedStatus status, String reason, String message, Duration retryAfter,
                            Throwable unexpected) {
        int failures = status.pollFailed(reason, message);
        Duration delay = backoff.delay(failures, retryAfter);
        if (unexpected != null) {
            log.error("Feed {}: poll failed unexpectedly ({} in a row); next attempt in {}", feed.id(), failures,
                    delay, unexpected);
        } else {
            log.warn("{} ({} failures in a row); next attempt in {}", message, failures, delay);
        }
        return delay;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
