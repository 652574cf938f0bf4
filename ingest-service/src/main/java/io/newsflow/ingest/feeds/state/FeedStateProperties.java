package io.newsflow.ingest.feeds.state;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How ingest replicas share the feeds between them; under {@code newsflow.ingest.feeds.state}. A feed belongs to
 * one partition of the published-versions topic ({@code newsflow.ingest.versions.topic}) and is polled by the
 * replica the consumer group assigns that partition to. See ADR 0004.
 *
 * @param groupId        consumer group every ingest replica joins on the topic; feeds are divided among its
 *                       members, so all replicas of one deployment must use the same id
 * @param pollTimeout    longest one poll of the group's consumer waits; bounds how quickly the replica notices a
 *                       rebalance and a stop
 * @param ownershipLease a replica owns nothing when its group consumer has not completed a poll for this long
 *                       (a stalled thread), so that it stops polling feeds well before Kafka gives its
 *                       partitions to another replica ({@code max.poll.interval.ms}, 5 minutes by default)
 */
@ConfigurationProperties("newsflow.ingest.feeds.state")
public record FeedStateProperties(
        @DefaultValue("newsflow-ingest-feeds") String groupId,
        @DefaultValue("500ms") Duration pollTimeout,
        @DefaultValue("15s") Duration ownershipLease) {

    /** Far below Kafka's default max.poll.interval.ms, so the lease lapses before the group moves partitions. */
    static final Duration MAX_OWNERSHIP_LEASE = Duration.ofMinutes(1);

    public FeedStateProperties {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("newsflow.ingest.feeds.state.group-id must name a consumer group");
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
