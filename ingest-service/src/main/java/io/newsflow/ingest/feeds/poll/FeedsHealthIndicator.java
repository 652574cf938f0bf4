package io.newsflow.ingest.feeds.poll;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health contributor {@code feeds}: DOWN while a feed this replica polls has been failing longer than
 * {@code newsflow.ingest.feeds.unhealthy-after}, with each such feed, its reason and since when.
 *
 * <p>It is part of {@code /actuator/health} but deliberately not of the liveness and readiness groups: a
 * provider's outage is not cured by restarting ingest-service, and the push API keeps working, so
 * Kubernetes must neither restart the pod nor take it out of service for it.
 */
@Component("feeds")
class FeedsHealthIndicator implements HealthIndicator {
    private final FeedStatuses statuses;

    FeedsHealthIndicator(FeedStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Health health() {
        Map<String, Object> unhealthy = new LinkedHashMap<>();
        int owned = 0;
        for (FeedStatus status : statuses.all()) {
            if (!status.owned()) {
                continue;
            }
            owned++;
            if (!status.healthy()) {
                FeedStatusView view = status.view();
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("failingSince", view.failingSince());
                detail.put("consecutiveFailures", view.consecutiveFailures());
                if (view.lastError() != null) {
                    detail.put("reason", view.lastError().reason());
                    detail.put("message", view.lastError().message());
                }
                unhealthy.put(status.feed().id(), detail);
            }
        }
        Health.Builder health = unhealthy.isEmpty() ? Health.up() : Health.down();
        return health.withDetail("ownedFeeds", owned).withDetail("unhealthyFeeds", unhealthy).build();
    }
}
