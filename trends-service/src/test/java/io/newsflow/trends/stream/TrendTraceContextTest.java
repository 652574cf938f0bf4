package io.newsflow.trends.stream;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.config.TrendsProperties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trend records are emitted by a punctuator for every window changed since the last emit, so no input record is
 * "current" when they are written: each carries the {@code traceparent} of the first article that changed its window
 * since then (the same article its timestamp comes from), through the real topology (TopologyTestDriver).
 */
class TrendTraceContextTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String FIRST_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String SECOND_TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final TrendsProperties PROPERTIES = TopologyDriver.PROPERTIES;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> entities;
    private TestOutputTopic<String, byte[]> topics;

    @BeforeEach
    void startTopology() {
        driver = TopologyDriver.start("trends-trace-test", stateDir, NOW);
        enriched = TopologyDriver.enriched(driver);
        entities = TopologyDriver.trends(driver, PROPERTIES.entitiesTopic());
        topics = TopologyDriver.trends(driver, PROPERTIES.topicsTopic());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void eachTrendRecordCarriesTheTraceOfTheFirstArticleThatChangedItsWindow() {
        send(portStrike("wire:port-1"), FIRST_TRACE);
        // a second article, in another trace, changes the FNV windows again and adds Rotterdam's before the emit
        send(EnrichedEventJson.article("wire:port-2", "1", NOW.minusSeconds(1800))
                .text("Port talks", "The FNV met the port employers in Rotterdam.")
                .entity("ORGANIZATION", "FNV", 1, 0.1)
                .entity("LOCATION", "Rotterdam", 1, 0.0)
                .topic("medtop:20000563", "strike"), SECOND_TRACE);
        driver.advanceWallClockTime(TopologyDriver.PROPERTIES.emitInterval().multipliedBy(2));

        Map<String, String> entityTraces = tracesByKey(entities.readRecordsToList());
        assertThat(entityTraces).as("three windows of each entity").hasSize(9);
        entityTraces.forEach((key, trace) -> assertThat(trace).as(key)
                .isEqualTo(key.startsWith("LOCATION:rotterdam|") ? SECOND_TRACE : FIRST_TRACE));
        assertThat(tracesByKey(topics.readRecordsToList())).hasSize(3).allSatisfy((key, trace) ->
                assertThat(trace).as(key).isEqualTo(FIRST_TRACE));

        // after the emit, the next change starts a new record with the trace of the article that made it
        send(EnrichedEventJson.article("wire:port-3", "1", NOW.minusSeconds(1700))
                .text("Strike ends", "The FNV called off the strike.")
                .entity("ORGANIZATION", "FNV", 1, 0.4), SECOND_TRACE);
        driver.advanceWallClockTime(TopologyDriver.PROPERTIES.emitInterval().multipliedBy(2));
        Map<String, String> next = tracesByKey(entities.readRecordsToList());
        assertThat(next).hasSize(3).allSatisfy((key, trace) -> assertThat(trace).as(key).isEqualTo(SECOND_TRACE));
    }

    @Test
    void aRecordFromAnArticleWithoutTraceContextHasNoTraceparentHeader() {
        send(portStrike("wire:port-1"), null);
        driver.advanceWallClockTime(TopologyDriver.PROPERTIES.emitInterval().multipliedBy(2));

        List<TestRecord<String, byte[]>> records = entities.readRecordsToList();
        assertThat(records).isNotEmpty().allSatisfy(record ->
                assertThat(record.headers().lastHeader(TrendAggregationProcessor.TRACEPARENT)).isNull());
    }

    private static EnrichedEventJson portStrike(String id) {
        return EnrichedEventJson.article(id, "1", NOW.minusSeconds(1800))
                .text("Dock workers strike", "Dock workers in Rotterdam stopped work on Monday.")
                .entity("ORGANIZATION", "FNV", 2, -0.3)
                .entity("PERSON", "Marieke de Groot", 1, -0.2)
                .topic("medtop:20000563", "strike");
    }

    private void send(EnrichedEventJson article, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ("ce-" + article.id()).getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            headers.add(TrendAggregationProcessor.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        enriched.pipeInput(new TestRecord<>(article.id(), article.bytes(), headers, NOW));
    }

    /** The trace of the last record of each key (a key is emitted once per emit interval). */
    private static Map<String, String> tracesByKey(List<TestRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.toMap(TestRecord::key, record -> {
            Header header = record.headers().lastHeader(TrendAggregationProcessor.TRACEPARENT);
            assertThat(header).as(record.key() + " has a traceparent").isNotNull();
            return new String(header.value(), StandardCharsets.UTF_8);
        }, (first, second) -> second));
    }
}
