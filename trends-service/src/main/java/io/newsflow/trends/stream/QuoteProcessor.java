package io.newsflow.trends.stream;

import io.newsflow.trends.quote.SpeakerQuotes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what each speaker said in each article's counted version (store {@value TrendsTopology#QUOTES_STORE}),
 * on the partition of the speaker's key, so the instance that owns the key answers for its quotes. An entry with
 * no texts deletes the speaker's quotes of that article. Entries are forgotten, like the articles themselves,
 * {@code article-retention} after the article's publication.
 */
final class QuoteProcessor implements Processor<String, SpeakerQuotes, Void, Void> {
    private final Duration retention;
    private KeyValueStore<String, SpeakerQuotes> quotes;

    QuoteProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.quotes = context.getStateStore(TrendsTopology.QUOTES_STORE);
        context.schedule(LatestVersionProcessor.EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME,
                now -> forgetExpired(Instant.ofEpochMilli(now).minus(retention)));
    }

    @Override
    public void process(Record<String, SpeakerQuotes> record) {
        SpeakerQuotes said = record.value();
        if (said.texts().isEmpty()) {
            quotes.delete(said.storeKey());
        } else {
            quotes.put(said.storeKey(), said);
        }
    }

    private void forgetExpired(Instant oldestKept) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, SpeakerQuotes> all = quotes.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.publishedAt().isBefore(oldestKept)) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(quotes::delete);
    }
}
