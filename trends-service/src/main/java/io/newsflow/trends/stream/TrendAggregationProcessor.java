package io.newsflow.trends.stream;

import io.newsflow.trends.trend.Contribution;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendView;
import io.newsflow.trends.trend.TrendViewJson;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds contributions into every window of their key (store {@value TrendsTopology#TREND_STORE}, keyed by
 * {@link #storeKey}) and forwards each changed window's {@link TrendView} as JSON ({@link TrendViewJson}) — or a
 * tombstone when no article counts in it any more, or when the window has outlived its retention.
 * <p>
 * A popular entity's window changes many times a second. Its changes stay in this processor as objects; once per
 * emit interval ({@code newsflow.trends.emit-interval}) each changed window is written to the store once and its
 * view forwarded once, and the processor asks for a commit, so a commit follows each emit (ADR 0032). Whatever
 * makes Kafka Streams commit at another moment (its commit interval, a rebalance, a shutdown), the store's
 * {@link BeforeCommitStore before-commit hook} writes the windows changed since the last emit first, so the
 * changelog always holds every change whose input offset is committed.
 */
final class TrendAggregationProcessor implements Processor<String, Contribution, String, byte[]> {
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private final Duration emitInterval;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, TrendAggregate> windows;
    /**
     * Store keys changed since the last emit, with the output key, and the timestamp and trace context of the
     * oldest input record not yet emitted: the output record carries both, so lag is measured from the first change
     * it holds, and the record belongs to the trace of the article that first changed it.
     */
    private final Map<String, Pending> changed = new LinkedHashMap<>();
    /**
     * Windows changed since they were last written to the store, with their new value (null: delete). Written at
     * the next emit or commit, whichever comes first: a window changed by twenty articles between two emits is
     * serialised and sent to its changelog once, not twenty times.
     */
    private final Map<String, TrendAggregate> unwritten = new HashMap<>();
    /**
     * The aggregates most recently changed, as objects: a popular key's windows change with nearly every article,
     * and decoding them from the store each time was the largest cost left after the binary serde (JFR). This
     * processor is the only writer of its task's store, so an entry here always equals the store's once
     * {@link #unwritten} is written. Emptied on init (a revived task restores the store). The aggregates here belong
     * to this processor alone, which lets {@link TrendAggregate#absorb} change them in place.
     */
    private final Map<String, TrendAggregate> recent = new LinkedHashMap<>(RECENT_AGGREGATES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TrendAggregate> eldest) {
            return size() > RECENT_AGGREGATES;
        }
    };
    static final int RECENT_AGGREGATES = 2000;

    private record Pending(String outputKey, long oldestInputTimestamp, Header traceparent) {
        Headers headers() {
            RecordHeaders headers = new RecordHeaders();
            if (traceparent != null) {
                headers.add(traceparent);
            }
            return headers;
        }
    }

    /** W3C trace context header; Kafka Streams copies it from the enriched record onto the repartitioned contributions. */
    static final String TRACEPARENT = "traceparent";

    /** {@code <DIMENSION>|<key>|<window>|<window start>}: a prefix scan on {@code <DIMENSION>|<key>|} is a timeline. */
    static String storeKey(String partitionKey, TrendWindow window, Instant windowStart) {
        return partitionKey + "|" + window.label() + "|" + windowStart;
    }

    TrendAggregationProcessor(Duration emitInterval) {
        this.emitInterval = emitInterval;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.windows = context.getStateStore(TrendsTopology.TREND_STORE);
        BeforeCommitStore.<TrendAggregate>unwrap(windows).beforeCommit(this::writeUnwritten);
        recent.clear();
        unwritten.clear();
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire(Instant.ofEpochMilli(now)));
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, this::emitChanged);
    }

    @Override
    public void close() {
        changed.clear();
        recent.clear();
        unwritten.clear();
    }

    private void emitChanged(long now) {
        if (changed.isEmpty()) {
            return;
        }
        writeUnwritten();
        for (Map.Entry<String, Pending> entry : changed.entrySet()) {
            TrendAggregate aggregate = get(entry.getKey());
            Pending pending = entry.getValue();
            byte[] view = aggregate == null ? null : TrendViewJson.write(aggregate);
            context.forward(new Record<>(pending.outputKey(), view, pending.oldestInputTimestamp(),
                    pending.headers()));
        }
        changed.clear();
        // the views just forwarded become readable at the next commit: ask for it now rather than at the interval
        context.commit();
    }

    /** Writes every window changed since it was last written: at each emit and before each commit. */
    private void writeUnwritten() {
        for (Map.Entry<String, TrendAggregate> entry : unwritten.entrySet()) {
            if (entry.getValue() == null) {
                windows.delete(entry.getKey());
            } else {
                entry.getValue().trimToBounds();
                windows.put(entry.getKey(), entry.getValue());
            }
        }
        unwritten.clear();
    }

    @Override
    public void process(Record<String, Contribution> record) {
        Contribution contribution = record.value();
        for (TrendWindow window : TrendWindow.values()) {
            Instant start = window.startOf(contribution.publishedAt());
            String storeKey = storeKey(contribution.partitionKey(), window, start);
            TrendAggregate current = get(storeKey);
            // current is this processor's own copy (see recent): changed in place, not copied per contribution
            TrendAggregate updated = (current == null ? TrendAggregate.empty(contribution, window, start) : current)
                    .absorb(contribution);
            String topicKey = TrendView.topicKey(contribution.key(), window, start);
            if (updated.isEmpty()) {
                unwritten.put(storeKey, null);
                recent.remove(storeKey);
            } else {
                unwritten.put(storeKey, updated);
                recent.put(storeKey, updated);
            }
            if (!changed.containsKey(storeKey)) {
                changed.put(storeKey, new Pending(outputKey(contribution, topicKey), record.timestamp(),
                        record.headers().lastHeader(TRACEPARENT)));
            }
        }
    }

    private TrendAggregate get(String storeKey) {
        if (unwritten.containsKey(storeKey)) {
            return unwritten.get(storeKey);
        }
        TrendAggregate cached = recent.get(storeKey);
        if (cached != null) {
            return cached;
        }
        TrendAggregate stored = windows.get(storeKey);
        if (stored == null) {
            return null;
        }
        TrendAggregate own = stored.mutableCopy();
        recent.put(storeKey, own);
        return own;
    }

    /** The dimension goes in front so the topology can route the record to its topic, and is cut off there. */
    private static String outputKey(Contribution contribution, String topicKey) {
        return contribution.dimension().name() + "|" + topicKey;
    }

    private void expire(Instant now) {
        // the scan reads the store: bring it up to date first
        writeUnwritten();
        List<KeyValue<String, TrendAggregate>> expired = new ArrayList<>();
        try (KeyValueIterator<String, TrendAggregate> all = windows.all()) {
            all.forEachRemaining(entry -> {
                TrendAggregate aggregate = entry.value;
                if (aggregate.windowEnd().plus(aggregate.window().retention()).isBefore(now)) {
                    expired.add(entry);
                }
            });
        }
        for (KeyValue<String, TrendAggregate> entry : expired) {
            windows.delete(entry.key);
            recent.remove(entry.key);
            changed.remove(entry.key);
            TrendAggregate aggregate = entry.value;
            String topicKey = TrendView.topicKey(aggregate.key(), aggregate.window(), aggregate.windowStart());
            context.forward(new Record<>(aggregate.dimension().name() + "|" + topicKey, null, now.toEpochMilli()));
        }
    }
}
