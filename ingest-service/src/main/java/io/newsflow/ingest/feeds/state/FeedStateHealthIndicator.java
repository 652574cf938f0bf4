package io.newsflow.ingest.feeds.state;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code feedState}: whether this replica can poll its feeds without publishing duplicates.
 *
 * <p>With feeds configured it is DOWN until the replica has loaded the state of its first assignment (before that it
 * polls no feed), and whenever its state consumer stops polling. Without feeds the state serves nothing, so it is UP
 * whatever the state consumer is doing and only says so in its details: after a {@code kill -9} the consumer group
 * waits for the dead member's session to expire (about 45 s) before it assigns partitions again, and a replica that
 * only takes pushes, which it does from its first second, must not look down for that long.
 */
class FeedStateHealthIndicator implements HealthIndicator {
    private final KafkaFeedState feedState;
    private final int enabledFeeds;

    /** @param enabledFeeds the feeds this deployment polls; the state matters to health only when there are some */
    FeedStateHealthIndicator(KafkaFeedState feedState, int enabledFeeds) {
        this.feedState = feedState;
        this.enabledFeeds = enabledFeeds;
    }

    @Override
    public Health health() {
        FeedStateStatus status = feedState.status();
        Health.Builder health;
        if (status.ready()) {
            health = Health.up();
        } else if (enabledFeeds == 0) {
            health = Health.up().withDetail("reason", "no feeds are configured, so nothing waits for the feed state ("
                    + status.notReadyReason() + ")");
        } else {
            health = Health.down().withDetail("reason", status.notReadyReason());
        }
        return health.withDetail("enabledFeeds", enabledFeeds)
                .withDetail("loaded", status.ready())
                .withDetail("ownedPartitions", status.ownedPartitions())
                .withDetail("loadingPartitions", status.loadingPartitions())
                .withDetail("records", status.records())
                .withDetail("unreadableRecords", status.unreadableRecords())
                .build();
    }
}
