package io.newsflow.ingest.feeds.state;

import java.util.Set;

/**
 * A snapshot of this replica's feed state, for health and metrics.
 *
 * @param ready             the first assignment has been loaded and the state consumer is polling: feeds of
 *                          owned partitions can be polled without publishing duplicates
 * @param notReadyReason    why not ready, in words an operator can act on; null when ready
 * @param ownedPartitions   assigned partitions whose state is loaded: their feeds are owned here
 * @param loadingPartitions assigned partitions still being read up to their end
 * @param records           article ids held for the assigned partitions
 * @param recordsRead       state records read from the topic since start
 * @param unreadableRecords state records skipped because they could not be read
 */
public record FeedStateStatus(boolean ready, String notReadyReason, Set<Integer> ownedPartitions,
                              Set<Integer> loadingPartitions, long records, long recordsRead,
                              long unreadableRecords) {

    public FeedStateStatus {
        ownedPartitions = Set.copyOf(ownedPartitions);
        loadingPartitions = Set.copyOf(loadingPartitions);
    }
}
