package io.newsflow.trends.query;

import io.newsflow.trends.api.StateNotReadyException;
import io.newsflow.trends.quote.SpeakerQuotes;
import io.newsflow.trends.story.Story;
import io.newsflow.trends.stream.TrendsTopology;
import io.newsflow.trends.trend.Dimension;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads this instance's own partitions of the state stores (interactive queries, local part). */
@Component
public class LocalState {
    private final StreamsBuilderFactoryBean streamsFactory;

    public LocalState(StreamsBuilderFactoryBean streamsFactory) {
        this.streamsFactory = streamsFactory;
    }

    public KafkaStreams streams() {
        KafkaStreams streams = streamsFactory.getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            throw new StateNotReadyException("Kafka Streams is "
                    + (streams == null ? "not started" : streams.state()), null);
        }
        return streams;
    }

    /** Every window of one dimension, window size and start held here. */
    public List<TrendAggregate> windows(Dimension dimension, TrendWindow window, Instant windowStart) {
        String prefix = dimension.name() + "|";
        String suffix = "|" + window.label() + "|" + windowStart;
        List<TrendAggregate> found = new ArrayList<>();
        try (KeyValueIterator<String, TrendAggregate> all = trendStore().prefixScan(prefix, new StringSerializer())) {
            all.forEachRemaining(entry -> {
                if (entry.key.endsWith(suffix)) {
                    found.add(entry.value);
                }
            });
        }
        return found;
    }

    /** Every window of one key (all sizes), in key order. */
    public List<TrendAggregate> timeline(Dimension dimension, String key) {
        List<TrendAggregate> found = new ArrayList<>();
        String prefix = dimension.name() + "|" + key + "|";
        try (KeyValueIterator<String, TrendAggregate> windows = trendStore().prefixScan(prefix,
                new StringSerializer())) {
            windows.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    /** What the speaker said, one entry per article that quotes it, in no particular order. */
    public List<SpeakerQuotes> quotes(String speakerKey) {
        List<SpeakerQuotes> found = new ArrayList<>();
        ReadOnlyKeyValueStore<String, SpeakerQuotes> store = streams().store(StoreQueryParameters.fromNameAndType(
                TrendsTopology.QUOTES_STORE, QueryableStoreTypes.keyValueStore()));
        try (KeyValueIterator<String, SpeakerQuotes> said = store.prefixScan(SpeakerQuotes.speakerPrefix(speakerKey),
                new StringSerializer())) {
            said.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    public Optional<Story> story(String id) {
        return Optional.ofNullable(storyStore().get(id));
    }

    public List<Story> stories() {
        List<Story> found = new ArrayList<>();
        try (KeyValueIterator<String, Story> all = storyStore().all()) {
            all.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    private ReadOnlyKeyValueStore<String, TrendAggregate> trendStore() {
        return streams().store(StoreQueryParameters.fromNameAndType(TrendsTopology.TREND_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, Story> storyStore() {
        return streams().store(StoreQueryParameters.fromNameAndType(TrendsTopology.STORIES_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
