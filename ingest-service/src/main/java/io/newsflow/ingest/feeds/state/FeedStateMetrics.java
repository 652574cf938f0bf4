package io.newsflow.ingest.feeds.state;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** How many partitions (and so feeds) this replica owns. */
class FeedStateMetrics implements MeterBinder {
    static final String PARTITIONS_OWNED = "newsflow.ingest.feed.state.partitions.owned";

    private final KafkaFeedOwnership ownership;

    FeedStateMetrics(KafkaFeedOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PARTITIONS_OWNED, ownership, o -> o.status().ownedPartitions().size())
                .description("Partitions of the published-versions topic assigned here; their feeds are polled here")
                .register(registry);
    }
}
