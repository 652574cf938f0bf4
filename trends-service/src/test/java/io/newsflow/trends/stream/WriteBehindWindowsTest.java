package io.newsflow.trends.stream;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.config.TrendsProperties;
import io.newsflow.trends.trend.TrendAggregate;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trend processor keeps changed windows as objects and writes them once per emit (ADR 0032). What makes that
 * safe is that Kafka Streams calls {@link BeforeCommitStore}'s hook before every commit, whatever asked for the
 * commit: TopologyTestDriver commits after each input record, through the same task code as a running
 * application, so a window must be in the store (and so on its changelog) after each record even though no emit has
 * run. If a Kafka Streams upgrade stops flushing stores' caches before its commits, this test fails.
 */
class WriteBehindWindowsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final TrendsProperties PROPERTIES = TopologyDriver.PROPERTIES;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> entities;

    @BeforeEach
    void startTopology() {
        driver = TopologyDriver.start("trends-write-behind-test", stateDir, NOW);
        enriched = TopologyDriver.enriched(driver);
        entities = TopologyDriver.trends(driver, PROPERTIES.entitiesTopic());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void everyCommitWritesTheChangedWindowsBeforeAnyEmit() {
        send("wire:levee-1", 0.4);
        KeyValueStore<String, TrendAggregate> windows = driver.getKeyValueStore(TrendsTopology.TREND_STORE);
        String dayWindow = "ENTITY|ORGANIZATION:river authority|1d|2026-12-07T00:00:00Z";
        assertThat(windows.get(dayWindow)).as("written at the commit after the record, before any emit")
                .isNotNull().extracting(TrendAggregate::articles).isEqualTo(1L);
        assertThat(entities.isEmpty()).as("views wait for the emit").isTrue();

        send("wire:levee-2", -0.2);
        assertThat(windows.get(dayWindow).articles()).isEqualTo(2L);

        driver.advanceWallClockTime(PROPERTIES.emitInterval().multipliedBy(2));
        assertThat(entities.readKeyValuesToMap()).containsKey("ORGANIZATION:river authority|1d|2026-12-07T00:00:00Z");

        enriched.pipeInput(new TestRecord<>("wire:levee-1", EnrichedEventJson.article("wire:levee-1", "2",
                NOW.minusSeconds(1800)).retracted().bytes(), headers("ce-levee-1-retracted"), NOW));
        assertThat(windows.get(dayWindow).articles()).as("a retraction is written at the next commit too")
                .isEqualTo(1L);
    }

    @Test
    void aStoreBuiltWithoutTheHookIsRefusedByName() {
        KeyValueStore<String, String> plain = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("plain"),
                Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        assertThatThrownBy(() -> BeforeCommitStore.unwrap(plain))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plain");
    }

    private void send(String id, double sentiment) {
        EnrichedEventJson article = EnrichedEventJson.article(id, "1", NOW.minusSeconds(1800))
                .text("Levee repairs", "The River Authority said the levee repairs would finish by spring.")
                .entity("ORGANIZATION", "River Authority", 1, sentiment);
        enriched.pipeInput(new TestRecord<>(id, article.bytes(), headers("ce-" + id), NOW));
    }

    private static RecordHeaders headers(String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
