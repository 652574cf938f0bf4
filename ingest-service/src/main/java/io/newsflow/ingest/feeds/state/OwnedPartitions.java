package io.newsflow.ingest.feeds.state;

import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partitions the consumer group assigned to this replica, and so the feeds it owns, under a lease that lapses
 * when the group consumer stops polling. Changed by the group consumer's thread only; read by any thread.
 */
final class OwnedPartitions {
    private final Set<Integer> assigned = ConcurrentHashMap.newKeySet();
    private final long ownershipLeaseNanos;
    private volatile int partitionCount;
    private volatile boolean assignmentReceived;
    private volatile boolean polling;
    private volatile long lastPollNanos;
    private volatile String waitingFor = "the group consumer has not started";

    OwnedPartitions(long ownershipLeaseNanos) {
        this.ownershipLeaseNanos = ownershipLeaseNanos;
    }

    void partitionCount(int count) {
        partitionCount = count;
    }

    void assign(int partition) {
        assigned.add(partition);
    }

    void assignmentReceived() {
        assignmentReceived = true;
    }

    /** Gives the partition up at once: from now on no feed of it is owned here. */
    void revoke(int partition) {
        assigned.remove(partition);
    }

    void revokeAll() {
        polling = false;
        assigned.clear();
    }

    /** The group consumer completed a poll: renews the lease on everything assigned here. */
    void polled(long nanoTime) {
        lastPollNanos = nanoTime;
        polling = true;
    }

    void waitingFor(String reason) {
        waitingFor = reason;
    }

    boolean owns(String feedId) {
        int count = partitionCount;
        return count > 0 && leaseHeld() && assigned.contains(FeedPartitioner.partitionOf(feedId, count));
    }

    FeedStateStatus status() {
        boolean leaseHeld = leaseHeld();
        boolean ready = assignmentReceived && leaseHeld;
        return new FeedStateStatus(ready, ready ? null : notReadyReason(leaseHeld),
                leaseHeld ? new TreeSet<>(assigned) : Set.of());
    }

    private String notReadyReason(boolean leaseHeld) {
        if (!polling) {
            return waitingFor;
        }
        if (!leaseHeld) {
            return "the group consumer has not completed a poll within the ownership lease";
        }
        return "waiting for the consumer group to assign partitions";
    }

    private boolean leaseHeld() {
        return polling && System.nanoTime() - lastPollNanos <= ownershipLeaseNanos;
    }
}
