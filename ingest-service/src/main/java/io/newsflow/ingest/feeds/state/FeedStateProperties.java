package io.newsflow.ingest.feeds.state;

import io.newsflow.common.event.NewsflowTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where and how ingest replicas keep what they published from feeds, and share the feeds between them;
 * under {@code newsflow.ingest.feeds.state}. See ADR 0004.
 *
 * @param topic          compacted topic holding the last published version of every article id
 * @param partitions     partitions when ingest-service creates the topic; also the most replicas that can
 *                       share the feeds, since a feed belongs to one partition and a partition to one replica
 * @param replicas       replication factor when ingest-service creates the topic
 * @param groupId        consumer group every ingest replica joins on the topic; feeds are divided among its
 *                       members, so all replicas of one deployment must use the same id
 * @param writeTimeout   longest {@code recordPublished} waits for Kafka to acknowledge a state record
 * @param pollTimeout    longest one poll of the state topic waits for records; bounds how quickly the
 *                       replica notices a rebalance and a stop
 * @param ownershipLease a replica owns nothing when its state consumer has not completed a poll for this long
 *                       (a stalled thread), so that it stops polling feeds well before Kafka gives its
 *                       partitions to another replica ({@code max.poll.interval.ms}, 5 minutes by default)
 */
@ConfigurationProperties("newsflow.ingest.feeds.state")
public record FeedStateProperties(
        @DefaultValue(NewsflowTopics.FEED_STATE) String topic,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("newsflow-ingest-feeds") String groupId,
        @DefaultValue("10s") Duration writeTimeout,
        @DefaultValue("500ms") Duration pollTimeout,
        @DefaultValue("15s") Duration ownershipLease) {

    static final Duration MIN_WRITE_TIMEOUT = Duration.ofMillis(100);
    static final Duration MAX_WRITE_TIMEOUT = Duration.ofMinutes(5);
    /** Far below Kafka's default max.poll.interval.ms, so the lease lapses before the group moves partitions. */
    static final Duration MAX_OWNERSHIP_LEASE = Duration.ofMinutes(1);

    public FeedStateProperties {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.topic must name a topic");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.group-id must name a consumer group");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.partitions is " + partitions
                    + "; set it to at least 1 (and at least the number of ingest replicas that should share feeds)");
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.replicas must be at least 1");
        }
        if (writeTimeout.compareTo(MIN_WRITE_TIMEOUT) < 0 || writeTimeout.compareTo(MAX_WRITE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.write-timeout is " + writeTimeout
                    + "; set it between " + MIN_WRITE_TIMEOUT.toMillis() + "ms and " + MAX_WRITE_TIMEOUT.toMinutes() + "m");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.poll-timeout must be positive, e.g. 500ms");
        }
        if (ownershipLease.compareTo(pollTimeout.multipliedBy(2)) < 0
                || ownershipLease.compareTo(MAX_OWNERSHIP_LEASE) > 0) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.ownership-lease is " + ownershipLease
                    + "; set it between twice the poll-timeout (" + pollTimeout.multipliedBy(2) + ") and "
                    + MAX_OWNERSHIP_LEASE.toSeconds() + "s");
        }
    }
}
