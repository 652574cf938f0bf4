package io.newsflow.ingest.feeds.state;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** How much feed state this replica holds and how many partitions (and so feeds) it owns. */
class FeedStateMetrics implements MeterBinder {
    static final String RECORDS = "newsflow.ingest.feed.state.records";
    static final String RECORDS_READ = "newsflow.ingest.feed.state.records.read";
    static final String RECORDS_UNREADABLE = "newsflow.ingest.feed.state.records.unreadable";
    static final String PARTITIONS_OWNED = "newsflow.ingest.feed.state.partitions.owned";
    static final String PARTITIONS_LOADING = "newsflow.ingest.feed.state.partitions.loading";

    private final KafkaFeedState feedState;

    FeedStateMetrics(KafkaFeedState feedState) {
        this.feedState = feedState;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(RECORDS, feedState, s -> s.status().records())
                .description("Article ids whose last published version is held for the partitions assigned here")
                .register(registry);
        Gauge.builder(PARTITIONS_OWNED, feedState, s -> s.status().ownedPartitions().size())
                .description("Feed-state partitions assigned and loaded here; their feeds are polled here")
                .register(registry);
        Gauge.builder(PARTITIONS_LOADING, feedState, s -> s.status().loadingPartitions().size())
                .description("Feed-state partitions assigned here and still being read up to their end")
                .register(registry);
        FunctionCounter.builder(RECORDS_READ, feedState, s -> s.status().recordsRead())
                .description("Feed-state records read from the topic, loading and tailing")
                .register(registry);
        FunctionCounter.builder(RECORDS_UNREADABLE, feedState, s -> s.status().unreadableRecords())
                .description("Feed-state records skipped because they could not be read")
                .register(registry);
    }
}
