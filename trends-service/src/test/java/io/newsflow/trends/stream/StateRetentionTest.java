package io.newsflow.trends.stream;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.article.EnrichedArticle;
import io.newsflow.trends.config.TrendsProperties;
import io.newsflow.trends.story.Story;
import io.newsflow.trends.trend.TrendAggregate;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code articles} and story stores are bounded by publication time. Expiry runs on wall-clock punctuation
 * over days, which a broker test cannot wait for: the real topology runs in Kafka Streams' TopologyTestDriver,
 * whose wall clock the test advances.
 */
class StateRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final TrendsProperties PROPERTIES = TopologyDriver.PROPERTIES;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, String> stories;

    @BeforeEach
    void startTopology() {
        driver = TopologyDriver.start("trends-retention-test", stateDir, NOW);
        enriched = TopologyDriver.enriched(driver);
        stories = driver.createOutputTopic(PROPERTIES.storiesTopic(), new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void forgetsBandsAfterTheLookBackStoriesAfterTheirRetentionAndArticlesAfterTheLongestWindow() {
        EnrichedEventJson article = EnrichedEventJson.article("wire:ferry", "1", NOW.minus(Duration.ofHours(1)))
                .text("Ferry service resumes", "The ferry between the islands runs again after the storm damaged "
                        + "the harbour wall, the operator said on Monday morning.")
                .entity("ORGANIZATION", "Island Ferries", 2, 0.2);
        send(article);

        assertThat(articles().get("wire:ferry")).isNotNull()
                .extracting(EnrichedArticle::cleanedText).as("the text is not kept").isEqualTo("");
        assertThat(all(storyStore())).hasSize(1);
        assertThat(all(bands())).isNotEmpty();
        String storyId = all(storyStore()).get(0).key;
        stories.readKeyValuesToList();

        driver.advanceWallClockTime(Duration.ofDays(3));
        assertThat(all(bands())).as("bands after the 48 h look-back").isEmpty();
        assertThat(all(storyStore())).as("the story within its 14 d retention").hasSize(1);

        driver.advanceWallClockTime(Duration.ofDays(12));
        assertThat(all(storyStore())).as("stories after their 14 d retention").isEmpty();
        assertThat(all(members())).isEmpty();
        assertThat(stories.readKeyValuesToList()).as("a tombstone for the compacted stories topic")
                .containsExactly(KeyValue.pair(storyId, null));
        assertThat(articles().get("wire:ferry")).as("the article while a day window may still count it").isNotNull();

        driver.advanceWallClockTime(Duration.ofDays(77));
        assertThat(all(articles())).as("articles after 1 d + 90 d").isEmpty();
        assertThat(all(trendWindows())).as("and every window that counted it").isEmpty();
    }

    @Test
    void ignoresAnArticlePublishedBeforeEveryWindowStillKept() {
        send(EnrichedEventJson.article("wire:old", "1", NOW.minus(Duration.ofDays(92)))
                .text("An old story", "Resent from an archive long after every window that counted it expired.")
                .entity("PERSON", "Ada Archive", 1, 0.0));

        assertThat(all(articles())).isEmpty();
        assertThat(all(trendWindows())).isEmpty();
    }

    private void send(EnrichedEventJson article) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        enriched.pipeInput(new TestRecord<>(article.id(), article.bytes(), headers, NOW));
    }

    private KeyValueStore<String, EnrichedArticle> articles() {
        return driver.getKeyValueStore(TrendsTopology.ARTICLES_STORE);
    }

    private KeyValueStore<String, Story> storyStore() {
        return driver.getKeyValueStore(TrendsTopology.STORIES_STORE);
    }

    private KeyValueStore<String, String> members() {
        return driver.getKeyValueStore(TrendsTopology.STORY_MEMBERS_STORE);
    }

    private KeyValueStore<String, StoryProcessor.StoryIds> bands() {
        return driver.getKeyValueStore(TrendsTopology.STORY_BANDS_STORE);
    }

    private KeyValueStore<String, TrendAggregate> trendWindows() {
        return driver.getKeyValueStore(TrendsTopology.TREND_STORE);
    }

    private static <V> List<KeyValue<String, V>> all(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (var iterator = store.all()) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }
}
