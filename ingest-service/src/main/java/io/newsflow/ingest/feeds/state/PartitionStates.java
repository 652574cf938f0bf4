package io.newsflow.ingest.feeds.state;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this replica holds of the feed-state topic: the partitions the consumer group assigned to it, the
 * latest record per article id in each, and whether each has been read up to the end offset it had when it
 * was assigned. Assignment and loading are changed by the state consumer thread only; records are added by
 * that thread and by writers for their own records; everything is read by any thread.
 */
final class PartitionStates {
    private final ConcurrentMap<Integer, PartitionState> assigned = new ConcurrentHashMap<>();
    private final long ownershipLeaseNanos;
    private final AtomicLong recordsRead = new AtomicLong();
    private final AtomicLong unreadableRecords = new AtomicLong();
    private volatile int partitionCount;
    private volatile boolean assignmentReceived;
    private volatile boolean firstAssignmentLoaded;
    private volatile boolean polling;
    private volatile long lastPollNanos;
    private volatile String waitingFor = "the state consumer has not started";

    PartitionStates(long ownershipLeaseNanos) {
        this.ownershipLeaseNanos = ownershipLeaseNanos;
    }

    void partitionCount(int count) {
        partitionCount = count;
    }

    /** The feed's partition, once the topic's partition count is known. */
    OptionalInt partitionOf(String feedId) {
        int count = partitionCount;
        return count == 0 ? OptionalInt.empty() : OptionalInt.of(FeedPartitioner.partitionOf(feedId, count));
    }

    void assign(int partition) {
        assigned.put(partition, new PartitionState());
    }

    void assignmentReceived() {
        assignmentReceived = true;
    }

    /** Forgets the partition at once: from now on no feed of it is owned here and its records are dropped. */
    void revoke(int partition) {
        assigned.remove(partition);
    }

    void revokeAll() {
        polling = false;
        assigned.clear();
    }

    /** Keeps the record when it is newer (by offset) than what is held for its id; a null record deletes. */
    void apply(int partition, long offset, String articleId, FeedStateRecord record) {
        PartitionState state = assigned.get(partition);
        if (state == null) {
            return;
        }
        if (record == null) {
            state.records.computeIfPresent(articleId, (id, held) -> held.offset() < offset ? null : held);
        } else {
            state.records.merge(articleId, new Held(record, offset), (held, offered) ->
                    offered.offset() > held.offset() ? offered : held);
        }
    }

    void countRead() {
        recordsRead.incrementAndGet();
    }

    void countUnreadable() {
        unreadableRecords.incrementAndGet();
    }

    Set<Integer> loading() {
        Set<Integer> loading = new TreeSet<>();
        assigned.forEach((partition, state) -> {
            if (!state.loaded) {
                loading.add(partition);
            }
        });
        return loading;
    }

    /** The end offset to read up to, captured once after assignment; -1 until then. */
    long loadUntil(int partition) {
        PartitionState state = assigned.get(partition);
        return state == null ? -1 : state.loadUntil;
    }

    void loadUntil(int partition, long endOffset) {
        PartitionState state = assigned.get(partition);
        if (state != null && state.loadUntil < 0) {
            state.loadUntil = endOffset;
        }
    }

    void loaded(int partition) {
        PartitionState state = assigned.get(partition);
        if (state != null) {
            state.loaded = true;
        }
        if (assignmentReceived && loading().isEmpty()) {
            firstAssignmentLoaded = true;
        }
    }

    /** The consumer thread completed a poll: renews the lease on everything assigned here. */
    void polled(long nanoTime) {
        lastPollNanos = nanoTime;
        polling = true;
        if (assignmentReceived && loading().isEmpty()) {
            firstAssignmentLoaded = true;
        }
    }

    void waitingFor(String reason) {
        waitingFor = reason;
    }

    boolean owns(String feedId) {
        OptionalInt partition = partitionOf(feedId);
        if (partition.isEmpty() || !leaseHeld()) {
            return false;
        }
        PartitionState state = assigned.get(partition.getAsInt());
        return state != null && state.loaded;
    }

    /** The most recently published record for the id among the partitions held here. */
    Optional<FeedStateRecord> latest(String articleId) {
        return assigned.values().stream()
                .map(state -> state.records.get(articleId))
                .filter(Objects::nonNull)
                .map(Held::record)
                .max(Comparator.comparing(FeedStateRecord::publishedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    FeedStateStatus status() {
        Set<Integer> owned = new TreeSet<>();
        Set<Integer> loading = new TreeSet<>();
        long records = 0;
        for (Map.Entry<Integer, PartitionState> entry : assigned.entrySet()) {
            (entry.getValue().loaded ? owned : loading).add(entry.getKey());
            records += entry.getValue().records.size();
        }
        boolean leaseHeld = leaseHeld();
        boolean ready = firstAssignmentLoaded && leaseHeld;
        String reason = ready ? null : notReadyReason(leaseHeld);
        return new FeedStateStatus(ready, reason, leaseHeld ? owned : Set.of(), loading, records,
                recordsRead.get(), unreadableRecords.get());
    }

    private String notReadyReason(boolean leaseHeld) {
        if (!polling) {
            return waitingFor;
        }
        if (!leaseHeld) {
            return "the state consumer has not completed a poll within the ownership lease";
        }
        return assignmentReceived ? "loading the assigned partitions of the state topic"
                : "waiting for the consumer group to assign partitions";
    }

    private boolean leaseHeld() {
        return polling && System.nanoTime() - lastPollNanos <= ownershipLeaseNanos;
    }

    private record Held(FeedStateRecord record, long offset) {
    }

    private static final class PartitionState {
        final ConcurrentMap<String, Held> records = new ConcurrentHashMap<>();
        volatile long loadUntil = -1;
        volatile boolean loaded;
    }
}
