package io.newsflow.enrich.publish;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedArticleMetricsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:05Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EnrichedArticleMetrics metrics = new EnrichedArticleMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void measuresFromIngestAcceptingTheArticleToKafkaAcknowledgingItsEnrichedRecord() {
        metrics.acknowledged(event(Instant.parse("2026-12-07T10:00:02Z"), Map.of()));

        Timer endToEnd = registry.get(EnrichedArticleMetrics.END_TO_END).timer();
        assertThat(endToEnd.count()).isEqualTo(1);
        assertThat(endToEnd.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
    }

    @Test
    void recordsEveryStageTheEventReportsUnderItsName() {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("ner", 55.5);
        stages.put("topics", 1.5);
        metrics.acknowledged(event(NOW, stages));

        assertThat(registry.get(EnrichedArticleMetrics.STAGE).tag("stage", "ner").timer()
                .totalTime(TimeUnit.MICROSECONDS)).isEqualTo(55_500);
        assertThat(registry.get(EnrichedArticleMetrics.STAGE).tag("stage", "topics").timer().count()).isEqualTo(1);
    }

    @Test
    void countsAClockBehindIngestsAsNoLatencyRatherThanANegativeOne() {
        metrics.acknowledged(event(NOW.plusSeconds(2), Map.of()));

        assertThat(registry.get(EnrichedArticleMetrics.END_TO_END).timer().totalTime(TimeUnit.NANOSECONDS)).isZero();
    }

    private static EnrichedArticleEvent event(Instant receivedAt, Map<String, Double> stageMillis) {
        Enrichment enrichment = Enrichment.builder().pipelineVersion("newsflow-enrich/test").stageMillis(stageMillis)
                .build();
        return new EnrichedArticleEvent("test:1", null, null, receivedAt, "hash", enrichment);
    }
}
