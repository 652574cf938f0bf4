package io.newsflow.trends.stream;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.config.TrendsProperties;
import io.newsflow.trends.quote.SpeakerQuotes;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes follow the counted version of their article through the real topology (Kafka Streams' TopologyTestDriver):
 * a new article adds its speakers' quotes, an update replaces them, a retraction removes them, a resent event
 * changes nothing, and entries leave with the article's retention.
 */
class QuoteTopologyTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant PUBLISHED = NOW.minus(Duration.ofHours(1));
    private static final String MARIEKE = "PERSON:marieke de groot";
    private static final String FNV = "ORGANIZATION:fnv";
    private static final TrendsProperties PROPERTIES = TopologyDriver.PROPERTIES;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;

    @BeforeEach
    void startTopology() {
        driver = TopologyDriver.start("trends-quote-test", stateDir, NOW);
        enriched = TopologyDriver.enriched(driver);
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    private static EnrichedEventJson portStrike(String version) {
        return EnrichedEventJson.article("wire:port", version, PUBLISHED)
                .text("Dock workers strike", "Dock workers in Rotterdam stopped work on Monday.")
                .entity("ORGANIZATION", "FNV", 2, -0.3)
                .entity("PERSON", "Marieke de Groot", 1, -0.2);
    }

    @Test
    void aNewArticleAddsEachSpeakersQuotesUnderTheSpeakersKey() {
        send("ce-1", portStrike("1")
                .quote("Marieke de Groot", "We will not unload a single ship.")
                .quote("FNV", "The strike goes on until Friday.")
                .quote("Marieke de Groot", "Nobody asked us.")
                .quote("Marieke de Groot", "We will not unload a single ship."));

        SpeakerQuotes marieke = quotes().get(SpeakerQuotes.storeKey(MARIEKE, "wire:port"));
        assertThat(marieke).isNotNull();
        assertThat(marieke.texts()).as("in text order, a repeated quotation once")
                .containsExactly("We will not unload a single ship.", "Nobody asked us.");
        assertThat(marieke.speakerName()).isEqualTo("Marieke de Groot");
        assertThat(marieke.headline()).isEqualTo("Dock workers strike");
        assertThat(marieke.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(quotes().get(SpeakerQuotes.storeKey(FNV, "wire:port")).texts())
                .containsExactly("The strike goes on until Friday.");
    }

    @Test
    void anUpdatedVersionReplacesTheQuotesAndDropsASpeakerItNoLongerQuotes() {
        send("ce-1", portStrike("1")
                .quote("Marieke de Groot", "We will not unload a single ship.")
                .quote("FNV", "The strike goes on until Friday."));
        send("ce-2", portStrike("2").quote("Marieke de Groot", "We have an offer on the table."));

        assertThat(all()).extracting(entry -> entry.key)
                .containsExactly(SpeakerQuotes.storeKey(MARIEKE, "wire:port"));
        assertThat(quotes().get(SpeakerQuotes.storeKey(MARIEKE, "wire:port")).texts())
                .containsExactly("We have an offer on the table.");

        send("ce-1", portStrike("1").quote("Marieke de Groot", "We will not unload a single ship."));
        assertThat(quotes().get(SpeakerQuotes.storeKey(MARIEKE, "wire:port")).texts())
                .as("an older version arriving late changes nothing")
                .containsExactly("We have an offer on the table.");
    }

    @Test
    void aRetractionRemovesTheArticlesQuotesAndKeepsOtherArticles() {
        send("ce-1", portStrike("1").quote("Marieke de Groot", "We will not unload a single ship."));
        send("ce-other", EnrichedEventJson.article("local:port", "1", PUBLISHED.plusSeconds(600))
                .text("Port quiet", "The port of Rotterdam was quiet on Monday.")
                .entity("PERSON", "Marieke de Groot", 1, 0.0)
                .quote("Marieke de Groot", "It is quiet because we are out."));
        send("ce-retract", EnrichedEventJson.article("wire:port", "2", PUBLISHED).retracted());

        assertThat(all()).extracting(entry -> entry.key)
                .containsExactly(SpeakerQuotes.storeKey(MARIEKE, "local:port"));

        send("ce-1", portStrike("1").quote("Marieke de Groot", "We will not unload a single ship."));
        assertThat(all()).as("a late copy of the retracted article does not bring its quotes back").hasSize(1);
    }

    @Test
    void aResentEventCountsOnceAndEntriesLeaveWithTheArticleRetention() {
        EnrichedEventJson article = portStrike("1").quote("Marieke de Groot", "We will not unload a single ship.");
        send("ce-1", article);
        send("ce-1", article);

        assertThat(all()).hasSize(1);
        assertThat(all().get(0).value.texts()).containsExactly("We will not unload a single ship.");

        driver.advanceWallClockTime(Duration.ofDays(92));
        assertThat(all()).as("after the 91 d article retention").isEmpty();
    }

    private void send(String eventId, EnrichedEventJson article) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        enriched.pipeInput(new TestRecord<>(article.id(), article.bytes(), headers, NOW));
    }

    private KeyValueStore<String, SpeakerQuotes> quotes() {
        return driver.getKeyValueStore(TrendsTopology.QUOTES_STORE);
    }

    private List<KeyValue<String, SpeakerQuotes>> all() {
        List<KeyValue<String, SpeakerQuotes>> entries = new ArrayList<>();
        try (var iterator = quotes().all()) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }
}
