package io.newsflow.localrun.fault;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.serde.EventJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the enriched topic from the beginning with {@code read_committed}, as any downstream reader should,
 * and counts the records of this run (keys from the fault-run source): how many, how many distinct keys,
 * when each arrived here, and the end-to-end latency from the raw event's {@code receivedAt} to the enriched
 * record's timestamp. load-run also reads each record's {@link Arrival}: when it became visible here.
 */
public final class EnrichedCounter implements Runnable, AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final String keyPrefix;
    private final Map<String, Integer> countByKey = new ConcurrentHashMap<>();
    // added to by the polling thread only, read by others: synchronized lists, not copy-on-write (a copy of the
    // whole list per record grew with the run)
    private final List<Long> latenciesMs = Collections.synchronizedList(new ArrayList<>());
    private final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Instant> lastArrival = new AtomicReference<>(Instant.EPOCH);
    private volatile boolean stopped;

    /**
     * One enriched record of the run, as this reader saw it.
     *
     * @param seenAtMs         wall-clock time the record reached this reader (committed and fetched)
     * @param recordTimestamp  the enriched record's timestamp (set by enrich-service when it produced it)
     * @param receivedAtMs     the raw event's {@code receivedAt}: when ingest-service accepted the article
     */
    public record Arrival(String key, long seenAtMs, long recordTimestamp, long receivedAtMs) {
        /** End-to-end latency from the event timestamps: enriched record time - receivedAt. */
        public long eventLatencyMs() {
            return recordTimestamp - receivedAtMs;
        }

        /** Until a read_committed reader could see it: includes waiting for the enrich transaction to commit. */
        public long visibleLatencyMs() {
            return seenAtMs - receivedAtMs;
        }
    }

    public EnrichedCounter(String bootstrapServers, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(NewsflowTopics.ENRICHED_ARTICLES, Duration.ofSeconds(30))
                .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && record.key().startsWith(keyPrefix)) {
                        count(record);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() was called
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void count(ConsumerRecord<String, byte[]> record) {
        countByKey.merge(record.key(), 1, Integer::sum);
        Instant seen = Instant.now();
        lastArrival.set(seen);
        try {
            Instant received = receivedAt(record.value());
            if (received != null) {
                latenciesMs.add(record.timestamp() - received.toEpochMilli());
                arrivals.add(new Arrival(record.key(), seen.toEpochMilli(), record.timestamp(),
                        received.toEpochMilli()));
            }
        } catch (RuntimeException unreadable) {
            // counted, without a latency
        }
    }

    /**
     * The event's top-level {@code receivedAt}, read by streaming over the JSON without building it: the counter
     * shares the two cores with the pipeline it measures, and a tree of each 20-30 kB enriched event (its article
     * text among it) was the largest part of its own work.
     *
     * @return null when the event has none
     */
    static Instant receivedAt(byte[] json) {
        try (JsonParser parser = EventJson.mapper().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("receivedAt".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? Instant.parse(parser.getString()) : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    public int total() {
        return countByKey.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int distinct() {
        return countByKey.size();
    }

    public boolean hasSeen(String key) {
        return countByKey.containsKey(key);
    }

    public Instant lastArrival() {
        return lastArrival.get();
    }

    List<Long> latenciesMs() {
        synchronized (latenciesMs) {
            return List.copyOf(latenciesMs);
        }
    }

    /** Every record of the run that carried a readable {@code receivedAt}, in the order they arrived. */
    public List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    @Override
    public void close() {
        stopped = true;
        consumer.wakeup();
    }
}
