package io.newsflow.enrich.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.event.EnrichedArticleEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Measures each enriched article once Kafka has acknowledged it: how long it took from ingest-service
 * accepting it to here ({@value #END_TO_END}, a histogram, so that dashboards can take any percentile across
 * pods), and the time each pipeline stage reported for it ({@value #STAGE}, tagged {@code stage}).
 *
 * <p>Read from the event itself ({@code receivedAt}, {@code enrichment.stageMillis}), so the numbers are the
 * ones downstream sees, and a stage added to the pipeline is measured without a change here.
 */
public final class EnrichedArticleMetrics {
    public static final String END_TO_END = "newsflow.enrich.end.to.end.latency";
    public static final String STAGE = "newsflow.enrich.stage";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Timer endToEnd;

    public EnrichedArticleMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.endToEnd = Timer.builder(END_TO_END)
                .description("From ingest-service accepting an article to its enriched record being acknowledged")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    /** Records one enriched article that Kafka has just acknowledged (its send completed). */
    public void acknowledged(EnrichedArticleEvent event) {
        Instant receivedAt = event.receivedAt();
        if (receivedAt != null) {
            Duration latency = Duration.between(receivedAt, clock.instant());
            // a clock set behind ingest's would give a negative figure that would corrupt the histogram
            endToEnd.record(latency.isNegative() ? Duration.ZERO : latency);
        }
        if (event.enrichment() != null && event.enrichment().stageMillis() != null) {
            for (Map.Entry<String, Double> stage : event.enrichment().stageMillis().entrySet()) {
                Timer.builder(STAGE).description("Time one pipeline stage took for one article")
                        .tag("stage", stage.getKey()).register(registry)
                        .record(Duration.ofNanos(Math.round(stage.getValue() * 1_000_000)));
            }
        }
    }
}
