package io.newsflow.ingest.feeds.state;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code feedState}: DOWN until this replica has loaded the state of its first assignment (before that it
 * polls no feed), and whenever its state consumer stops polling.
 */
class FeedStateHealthIndicator implements HealthIndicator {
    private final KafkaFeedState feedState;

    FeedStateHealthIndicator(KafkaFeedState feedState) {
        this.feedState = feedState;
    }

    @Override
    public Health health() {
        FeedStateStatus status = feedState.status();
        Health.Builder health = status.ready() ? Health.up() : Health.down().withDetail("reason", status.notReadyReason());
        return health.withDetail("ownedPartitions", status.ownedPartitions())
                .withDetail("loadingPartitions", status.loadingPartitions())
                .withDetail("records", status.records())
                .withDetail("unreadableRecords", status.unreadableRecords())
                .build();
    }
}
