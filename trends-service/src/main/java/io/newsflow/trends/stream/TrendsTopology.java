package io.newsflow.trends.stream;

import io.newsflow.trends.article.ArticleEntity;
import io.newsflow.trends.article.EnrichedArticle;
import io.newsflow.trends.story.MinHash;
import io.newsflow.trends.story.Story;
import io.newsflow.trends.story.StoryArticle;
import io.newsflow.trends.story.StoryMatcher;
import io.newsflow.trends.story.StoryView;
import io.newsflow.trends.config.TrendsProperties;
import io.newsflow.trends.quote.SpeakerQuotes;
import io.newsflow.trends.trend.ArticleContributions;
import io.newsflow.trends.trend.Contribution;
import io.newsflow.trends.trend.Dimension;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kafka Streams topology:
 * <ol>
 *   <li>enriched events, keyed by article id → {@link LatestVersionProcessor} (store {@value #ARTICLES_STORE}) →
 *       changes of the counted version;</li>
 *   <li>each change → the old version's contributions with sign -1 and the new one's with +1, re-keyed by
 *       {@code <DIMENSION>|<key>} and repartitioned, so every window of one key is counted on one partition;</li>
 *   <li>{@link TrendAggregationProcessor} (store {@value #TREND_STORE}) → the changed windows' views as JSON, to
 *       the compacted trends topics of their dimension;</li>
 *   <li>each change → one partition → {@link StoryProcessor} (MinHash band index, look-back window) → the changed
 *       story, to the compacted stories topic;</li>
 *   <li>each change → what each speaker said in it, re-keyed by the speaker's entity key and repartitioned →
 *       {@link QuoteProcessor} (store {@value #QUOTES_STORE}), which the entity page reads.</li>
 * </ol>
 */
public final class TrendsTopology {
    public static final String ARTICLES_STORE = "articles";
    public static final String TREND_STORE = "trend-windows";
    public static final String STORIES_STORE = "stories";
    public static final String STORY_MEMBERS_STORE = "story-members";
    public static final String STORY_BANDS_STORE = "story-bands";
    public static final String QUOTES_STORE = "entity-quotes";
    static final String CONTRIBUTIONS_REPARTITION = "trend-contributions";
    static final String STORIES_REPARTITION = "story-articles";
    static final String QUOTES_REPARTITION = "speaker-quotes";
    /** every article goes to the one story partition under this key */
    static final String ALL_STORIES = "stories";
    /** how many of an article's most salient entities the story matcher compares */
    static final int STORY_ENTITY_KEYS = 10;

    private TrendsTopology() {
    }

    public static KStream<String, ArticleChange> build(StreamsBuilder builder, TrendsProperties properties) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE),
                Serdes.String(), new JsonSerde<>(EnrichedArticle.class)));
        // uncached: TrendAggregationProcessor keeps the changed windows and writes each once per emit (ADR 0032)
        builder.addStateStore(BeforeCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TREND_STORE), Serdes.String(), new TrendAggregateSerde())));

        KStream<String, ArticleChange> changes = builder
                .stream(properties.enrichedTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("enriched-articles"))
                .process(() -> new LatestVersionProcessor(properties.articleRetention()), ARTICLES_STORE);

        KStream<String, byte[]> trends = changes
                .flatMap((articleId, change) -> contributions(change), Named.as("contributions"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(Contribution.class))
                        .withName(CONTRIBUTIONS_REPARTITION))
                .process(() -> new TrendAggregationProcessor(properties.emitInterval()), TREND_STORE);

        // in enum order: every instance must build the same topology, node for node
        for (Dimension dimension : Dimension.values()) {
            String prefix = dimension.name() + "|";
            trends.filter((key, viewJson) -> key.startsWith(prefix),
                            Named.as("trends-" + dimension.name().toLowerCase()))
                    .selectKey((key, viewJson) -> key.substring(prefix.length()))
                    .to(outputTopic(properties, dimension), Produced.with(Serdes.String(), Serdes.ByteArray()));
        }

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE),
                Serdes.String(), new JsonSerde<>(Story.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_MEMBERS_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_BANDS_STORE),
                Serdes.String(), new JsonSerde<>(StoryProcessor.StoryIds.class)));
        StoryMatcher matcher = new StoryMatcher(properties.storyLookBack());
        changes.map((articleId, change) -> KeyValue.pair(ALL_STORIES, storyInput(articleId, change.current())),
                        Named.as("story-inputs"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(StoryInput.class))
                        .withName(STORIES_REPARTITION).withNumberOfPartitions(1))
                .process(() -> new StoryProcessor(matcher, properties.storyLookBack(), properties.storyRetention()), STORIES_STORE, STORY_MEMBERS_STORE, STORY_BANDS_STORE)
                .to(properties.storiesTopic(), Produced.with(Serdes.String(), new JsonSerde<>(StoryView.class)));

        // added after the stories, so the nodes and internal topics named before keep their names
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QUOTES_STORE),
                Serdes.String(), new JsonSerde<>(SpeakerQuotes.class)));
        changes.flatMap((articleId, change) -> SpeakerQuotes.changes(change.previous(), change.current()).stream()
                                .map(said -> KeyValue.pair(said.speakerKey(), said)).toList(),
                        Named.as("quotes-by-speaker"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(SpeakerQuotes.class))
                        .withName(QUOTES_REPARTITION))
                .process(() -> new QuoteProcessor(properties.articleRetention()), QUOTES_STORE);
        return changes;
    }

    private static StoryInput storyInput(String articleId, EnrichedArticle current) {
        if (current == null || current.retracted()) {
            return new StoryInput(articleId, null);
        }
        List<String> entityKeys = current.entities().stream().map(ArticleEntity::key).distinct()
                .limit(STORY_ENTITY_KEYS).toList();
        return new StoryInput(articleId, new StoryArticle(current.id(), current.sourceId(), current.headline(),
                current.publishedAt(), MinHash.signature(current.cleanedText()), entityKeys, null, 0));
    }

    public static String outputTopic(TrendsProperties properties, Dimension dimension) {
        return switch (dimension) {
            case ENTITY -> properties.entitiesTopic();
            case TOPIC -> properties.topicsTopic();
            case PLACE -> properties.placesTopic();
        };
    }

    private static List<KeyValue<String, Contribution>> contributions(ArticleChange change) {
        List<KeyValue<String, Contribution>> records = new ArrayList<>();
        for (Contribution removed : ArticleContributions.of(change.previous(), -1)) {
            records.add(KeyValue.pair(removed.partitionKey(), removed));
        }
        for (Contribution added : ArticleContributions.of(change.current(), +1)) {
            records.add(KeyValue.pair(added.partitionKey(), added));
        }
        return records;
    }
}
