package io.newsflow.ingest.versions;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this replica holds of the published-versions topic: the latest record per article id over every
 * partition, and how far each partition has been read. Records are added by the reader thread and, for their
 * own committed writes, by publishers; positions only by the reader; everything is read by any thread.
 */
final class VersionTable {
    private static final Comparator<Held> NEWER_LAST = Comparator.comparing(
            (Held held) -> held.version().publishedAt(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ConcurrentMap<String, Held> latest = new ConcurrentHashMap<>();
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong recordsRead = new AtomicLong();
    private final AtomicLong unreadableRecords = new AtomicLong();
    private final Object advanced = new Object();
    private volatile Map<Integer, Long> loadUntil;
    private volatile boolean loaded;
    private volatile String waitingFor = "the reader has not started";

    /**
     * Keeps the record when it is newer than what is held for its id: by offset on one partition, otherwise (a
     * record written before the topic was keyed by article id alone sits on another partition) by publishedAt.
     * A null record (tombstone) forgets the id.
     */
    void apply(int partition, long offset, String articleId, PublishedVersion version) {
        if (version == null) {
            latest.computeIfPresent(articleId, (id, held) ->
                    held.partition() == partition && held.offset() < offset ? null : held);
            return;
        }
        latest.merge(articleId, new Held(version, partition, offset), (held, offered) -> {
            if (held.partition() == offered.partition()) {
                return offered.offset() > held.offset() ? offered : held;
            }
            return NEWER_LAST.compare(offered, held) >= 0 ? offered : held;
        });
    }

    Optional<PublishedVersion> latest(String articleId) {
        Held held = latest.get(articleId);
        return held == null ? Optional.empty() : Optional.of(held.version());
    }

    /** The reader read partition {@code partition} up to {@code position} (its next offset). */
    void advanced(int partition, long position) {
        positions.put(partition, position);
        Map<Integer, Long> until = loadUntil;
        if (!loaded && until != null && reached(until)) {
            loaded = true;
        }
        synchronized (advanced) {
            advanced.notifyAll();
        }
    }

    /** The end offsets the first load reads up to; the table is loaded once every partition reached them. */
    void loadUntil(Map<Integer, Long> endOffsets) {
        loadUntil = Map.copyOf(endOffsets);
        if (reached(endOffsets)) {
            loaded = true;
        }
    }

    /**
     * Waits until every partition has been read up to its offset in {@code targets}.
     *
     * @return false when the deadline ({@link System#nanoTime()}) passed first
     */
    boolean awaitPositions(Map<Integer, Long> targets, long deadlineNanos) throws InterruptedException {
        synchronized (advanced) {
            while (!reached(targets)) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(advanced, left);
            }
            return true;
        }
    }

    private boolean reached(Map<Integer, Long> targets) {
        return targets.entrySet().stream().allMatch(target ->
                positions.getOrDefault(target.getKey(), -1L) >= target.getValue());
    }

    void countRead() {
        recordsRead.incrementAndGet();
    }

    void countUnreadable() {
        unreadableRecords.incrementAndGet();
    }

    void waitingFor(String reason) {
        waitingFor = reason;
    }

    VersionsStatus status() {
        return new VersionsStatus(loaded, loaded ? null : waitingFor, latest.size(), recordsRead.get(),
                unreadableRecords.get());
    }

    private record Held(PublishedVersion version, int partition, long offset) {
    }
}
