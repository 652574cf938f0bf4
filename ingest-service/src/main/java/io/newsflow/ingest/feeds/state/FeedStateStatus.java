package io.newsflow.ingest.feeds.state;

import java.util.Set;

/**
 * A snapshot of this replica's feed ownership, for health and metrics.
 *
 * @param ready           the group assigned this replica its partitions and its consumer is polling: feeds of
 *                        owned partitions can be polled
 * @param notReadyReason  why not ready, in words an operator can act on; null when ready
 * @param ownedPartitions partitions assigned here while the lease is held: their feeds are polled here
 */
public record FeedStateStatus(boolean ready, String notReadyReason, Set<Integer> ownedPartitions) {

    public FeedStateStatus {
        ownedPartitions = Set.copyOf(ownedPartitions);
    }
}
