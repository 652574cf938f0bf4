package io.newsflow.enrich.metrics;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import org.apache.kafka.clients.producer.ProducerRecord;
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
        metrics.onSuccess(record(event(Instant.parse("2026-12-07T10:00:02Z"), Map.of())), null);

        Timer endToEnd = registry.get(EnrichedArticleMetrics.END_TO_END).timer();
        assertThat(endToEnd.count()).isEqualTo(1);
        assertThat(endToEnd.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
    }

    @Test
    void recordsEveryStageTheEventReportsUnderItsName() {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("ner", 55.5);
        stages.put("topics", 1.5);
        metrics.onSuccess(record(event(NOW, stages)), null);

        assertThat(registry.get(EnrichedArticleMetrics.STAGE).tag("stage", "ner").timer()
                .totalTime(TimeUnit.MICROSECONDS)).isEqualTo(55_500);
        assertThat(registry.get(EnrichedArticleMetrics.STAGE).tag("stage", "topics").timer().count()).isEqualTo(1);
    }

    @Test
    void countsAClockBehindIngestsAsNoLatencyRatherThanANegativeOne() {
        metrics.onSuccess(record(event(NOW.plusSeconds(2), Map.of())), null);

        assertThat(registry.get(EnrichedArticleMetrics.END_TO_END).timer().totalTime(TimeUnit.NANOSECONDS)).isZero();
    }

    @Test
    void ignoresRecordsThatAreNotEnrichedArticles() {
        metrics.onSuccess(new ProducerRecord<>("newsflow.articles.raw.v1.dlt", "key", new byte[] {1}), null);

        assertThat(registry.get(EnrichedArticleMetrics.END_TO_END).timer().count()).isZero();
        assertThat(registry.find(EnrichedArticleMetrics.STAGE).timers()).isEmpty();
    }

    private static ProducerRecord<Object, Object> record(EnrichedArticleEvent event) {
        return new ProducerRecord<>("newsflow.articles.enriched.v1", event.id(), event);
    }

    private static EnrichedArticleEvent event(Instant receivedAt, Map<String, Double> stageMillis) {
        Enrichment enrichment = Enrichment.builder().pipelineVersion("newsflow-enrich/test").stageMillis(stageMillis)
                .build();
        return new EnrichedArticleEvent("test:1", null, null, receivedAt, "hash", enrichment);
    }
}
