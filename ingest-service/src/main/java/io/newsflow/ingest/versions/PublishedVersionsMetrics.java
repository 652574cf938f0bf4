package io.newsflow.ingest.versions;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** How many published versions this replica holds and has read. */
class PublishedVersionsMetrics implements MeterBinder {
    static final String RECORDS = "newsflow.ingest.versions.records";
    static final String LOADED = "newsflow.ingest.versions.loaded";
    static final String RECORDS_READ = "newsflow.ingest.versions.records.read";
    static final String RECORDS_UNREADABLE = "newsflow.ingest.versions.records.unreadable";

    private final PublishedVersions versions;

    PublishedVersionsMetrics(PublishedVersions versions) {
        this.versions = versions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(RECORDS, versions, v -> v.status().records())
                .description("Article ids whose last written version is held here")
                .register(registry);
        Gauge.builder(LOADED, versions, v -> v.status().loaded() ? 1 : 0)
                .description("1 once the published-versions topic has been read up to its end at start-up")
                .register(registry);
        FunctionCounter.builder(RECORDS_READ, versions, v -> v.status().recordsRead())
                .description("Published-versions records read from the topic, loading and tailing")
                .register(registry);
        FunctionCounter.builder(RECORDS_UNREADABLE, versions, v -> v.status().unreadableRecords())
                .description("Published-versions records skipped because they could not be read")
                .register(registry);
    }
}
