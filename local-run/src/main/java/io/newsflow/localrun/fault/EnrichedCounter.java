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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the enriched topic from the beginning with {@code read_committed}, as any downstream reader should,
 * and counts the records of this run (keys from the fault-run source): how many, how many distinct keys,
 * when each arrived here, and the end-to-end latency from the raw event's {@code receivedAt} to the enriched
 * record's timestamp.
 */
final class EnrichedCounter implements Runnable, AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final String keyPrefix;
    private final Map<String, Integer> countByKey = new ConcurrentHashMap<>();
    private final List<Long> latenciesMs = new CopyOnWriteArrayList<>();
    private final AtomicReference<Instant> lastArrival = new AtomicReference<>(Instant.EPOCH);
    private volatile boolean stopped;

    EnrichedCounter(String bootstrapServers, String keyPrefix) {
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
        lastArrival.set(Instant.now());
        try {
            Instant received = Instant.parse(EventJson.mapper().readTree(record.value()).path("receivedAt").asString());
            latenciesMs.add(record.timestamp() - received.toEpochMilli());
        } catch (RuntimeException unreadable) {
            // counted, without a latency
        }
    }

    int total() {
        return countByKey.values().stream().mapToInt(Integer::intValue).sum();
    }

    int distinct() {
        return countByKey.size();
    }

    boolean hasSeen(String key) {
        return countByKey.containsKey(key);
    }

    Instant lastArrival() {
        return lastArrival.get();
    }

    List<Long> latenciesMs() {
        return List.copyOf(latenciesMs);
    }

    @Override
    public void close() {
        stopped = true;
        consumer.wakeup();
    }
}
