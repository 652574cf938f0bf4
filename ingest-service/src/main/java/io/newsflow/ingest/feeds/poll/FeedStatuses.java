package io.newsflow.ingest.feeds.poll;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.feeds.config.FeedsProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link FeedStatus} of every configured feed, in configuration order; disabled feeds included. */
@Component
public class FeedStatuses {
    private final Map<String, FeedStatus> byId = new LinkedHashMap<>();

    public FeedStatuses(FeedsProperties properties, MeterRegistry registry, Clock clock) {
        for (FeedsProperties.Feed feed : properties.sources()) {
            byId.put(feed.id(), new FeedStatus(feed, registry, clock, properties.unhealthyAfter()));
        }
    }

    public Collection<FeedStatus> all() {
        return byId.values();
    }

    public Optional<FeedStatus> get(String feedId) {
        return Optional.ofNullable(byId.get(feedId));
    }
}
