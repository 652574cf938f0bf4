package io.newsflow.localrun.load;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The closed loop of the maximum-rate phase: before each push, waits while the articles acknowledged by
 * ingest-service but not yet seen enriched reach the limit. The pusher then goes exactly as fast as the
 * whole pipeline completes articles, instead of piling up a backlog whose intake takes the CPU that
 * enrichment needs. A limit of 0 never waits (open loop).
 */
final class BacklogGate {
    /** How the gate waits between two looks at the counts; a method so tests can count the waits. */
    @FunctionalInterface
    interface Pause {
        void pause() throws InterruptedException;
    }

    /** A look every few milliseconds: at ~100 articles/s, about one article's time. */
    static final Pause SHORT_SLEEP = () -> Thread.sleep(5);

    private final int maxBacklog;
    private final IntSupplier acked;
    private final IntSupplier enriched;
    private final Duration stallTimeout;
    private final Pause pause;
    private final LongSupplier nanoTime;
    private long waitedNanos;

    /**
     * @param maxBacklog   most articles acknowledged but not yet enriched before the next push; 0: no limit
     * @param acked        articles of the phase acknowledged so far
     * @param enriched     distinct articles of the phase seen enriched so far
     * @param stallTimeout how long enrichment may make no progress while the gate waits before it gives up
     */
    BacklogGate(int maxBacklog, IntSupplier acked, IntSupplier enriched, Duration stallTimeout, Pause pause,
                LongSupplier nanoTime) {
        if (maxBacklog < 0) {
            throw new IllegalArgumentException("maxBacklog must be 0 (no limit) or positive, not " + maxBacklog);
        }
        this.maxBacklog = maxBacklog;
        this.acked = acked;
        this.enriched = enriched;
        this.stallTimeout = stallTimeout;
        this.pause = pause;
        this.nanoTime = nanoTime;
    }

    BacklogGate(int maxBacklog, IntSupplier acked, IntSupplier enriched, Duration stallTimeout) {
        this(maxBacklog, acked, enriched, stallTimeout, SHORT_SLEEP, System::nanoTime);
    }

    boolean isOpenLoop() {
        return maxBacklog == 0;
    }

    int maxBacklog() {
        return maxBacklog;
    }

    /** Acknowledged but not yet enriched; never negative (the counter may see a record before its 202 is read). */
    int backlog() {
        return Math.max(0, acked.getAsInt() - enriched.getAsInt());
    }

    boolean hasRoom() {
        return isOpenLoop() || backlog() < maxBacklog;
    }

    /**
     * Returns once the backlog is below the limit.
     *
     * @throws IllegalStateException when nothing was enriched for the stall timeout while waiting: the pipeline
     *                               stopped, and pushing on would not measure it
     */
    void awaitRoom() throws InterruptedException {
        if (hasRoom()) {
            return;
        }
        long started = nanoTime.getAsLong();
        int lastEnriched = enriched.getAsInt();
        long lastProgress = started;
        try {
            while (!hasRoom()) {
                pause.pause();
                int now = enriched.getAsInt();
                long at = nanoTime.getAsLong();
                if (now != lastEnriched) {
                    lastEnriched = now;
                    lastProgress = at;
                } else if (at - lastProgress > stallTimeout.toNanos()) {
                    throw new IllegalStateException("Nothing was enriched for " + stallTimeout.toSeconds()
                            + " s with " + backlog() + " articles acknowledged and waiting");
                }
            }
        } finally {
            addWaited(nanoTime.getAsLong() - started);
        }
    }

    private synchronized void addWaited(long nanos) {
        waitedNanos += nanos;
    }

    /** Time pushers spent waiting here, summed over the threads that waited. */
    synchronized Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }
}
