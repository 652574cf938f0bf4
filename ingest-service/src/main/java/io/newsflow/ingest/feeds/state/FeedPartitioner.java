package io.newsflow.ingest.feeds.state;

import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;

/**
 * The partition of the feed-state topic a feed belongs to. It is Kafka's own key hash, so the mapping is
 * the same in every replica and every version, and owning that partition in the consumer group is owning
 * the feed.
 */
final class FeedPartitioner {

    private FeedPartitioner() {
    }

    static int partitionOf(String feedId, int partitionCount) {
        if (partitionCount < 1) {
            throw new IllegalArgumentException("A topic has at least one partition, not " + partitionCount);
        }
        return Utils.toPositive(Utils.murmur2(feedId.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }
}
