package io.newsflow.ingest.feeds.state;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code feedState}: whether this replica takes part in sharing the feeds.
 *
 * <p>With feeds configured it is DOWN until the consumer group has assigned this replica its partitions, and
 * whenever its group consumer stops polling. Without feeds it is UP whatever the group consumer is doing and only
 * says so in its details: after a {@code kill -9} the consumer group waits for the dead member's session to expire
 * (about 45 s) before it assigns partitions again, and a replica that only takes pushes, which it does from its
 * first second, must not look down for that long.
 */
class FeedStateHealthIndicator implements HealthIndicator {
    private final KafkaFeedOwnership ownership;
    private final int enabledFeeds;

    /** @param enabledFeeds the feeds this deployment polls; ownership matters to health only when there are some */
    FeedStateHealthIndicator(KafkaFeedOwnership ownership, int enabledFeeds) {
        this.ownership = ownership;
        this.enabledFeeds = enabledFeeds;
    }

    @Override
    public Health health() {
        FeedStateStatus status = ownership.status();
        Health.Builder health;
        if (status.ready()) {
            health = Health.up();
        } else if (enabledFeeds == 0) {
            health = Health.up().withDetail("reason", "no feeds are configured, so nothing waits for feed ownership ("
                    + status.notReadyReason() + ")");
        } else {
            health = Health.down().withDetail("reason", status.notReadyReason());
        }
        return health.withDetail("enabledFeeds", enabledFeeds)
                .withDetail("loaded", status.ready())
                .withDetail("ownedPartitions", status.ownedPartitions())
                .build();
    }
}
