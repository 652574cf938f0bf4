package io.newsflow.enrich.consume;

import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which article versions have been enriched, per partition of the raw topic, as recorded in the compacted
 * processed topic. A record there is written in the same transaction as the enriched event, so it exists
 * exactly when the enriched event was committed. Partition p of the processed topic records what was read
 * from partition p of the raw topic; since every version of an article is keyed by its id and lands on one
 * raw partition, the instance that owns that raw partition holds everything it needs to know.
 * <p>
 * A partition is read back to its last committed record before the first batch from it is processed, and
 * forgotten when the partition is revoked: the next owner reads it afresh, including what this instance
 * committed last.
 */
final class ProcessedVersions implements AutoCloseable {
    private final String topic;
    private final KafkaConsumer<String, byte[]> reader;
    private final Duration loadTimeout;
    private final Map<Integer, Set<String>> byRawPartition = new ConcurrentHashMap<>();

    /** @param reader a read_committed consumer without a group; used under this object's lock only */
    ProcessedVersions(String topic, KafkaConsumer<String, byte[]> reader, Duration loadTimeout) {
        this.topic = topic;
        this.reader = reader;
        this.loadTimeout = loadTimeout;
    }

    /**
     * The identity of a version for deduplication: the enriched event's {@code ce_id} (article id, version,
     * content hash, pipeline version) and the pubStatus, since a retraction may keep version and text. A new
     * pipeline version enriches every version again, which is what a deliberate replay after an upgrade wants.
     */
    static String keyOf(RawArticleEvent raw) {
        String ceId = CloudEventAttributes.deterministicId(raw.id(), raw.ninjs().version(), raw.contentHash(),
                EnrichmentPipeline.PIPELINE_VERSION);
        return ceId + "/" + (raw.ninjs().pubStatus() == null ? "usable" : raw.ninjs().pubStatus());
    }

    /** The record that marks a version enriched; it must be sent in the transaction of the enriched event. */
    ProducerRecord<String, byte[]> marker(int rawPartition, String key, String articleId) {
        return new ProducerRecord<>(topic, rawPartition, key, articleId.getBytes(StandardCharsets.UTF_8));
    }

    boolean contains(int rawPartition, String key) {
        Set<String> keys = byRawPartition.get(rawPartition);
        if (keys == null) {
            throw new IllegalStateException("Processed versions of raw partition " + rawPartition
                    + " are not loaded");
        }
        return keys.contains(key);
    }

    /** Reads every partition not yet held; throws when the topic cannot be read in time (the batch is retried). */
    synchronized void ensureLoaded(Collection<Integer> rawPartitions) {
        for (int partition : rawPartitions) {
            if (!byRawPartition.containsKey(partition)) {
                byRawPartition.put(partition, load(partition));
            }
        }
    }

    /** Called once the transaction that wrote these markers committed. */
    void recordCommitted(int rawPartition, Collection<String> keys) {
        Set<String> known = byRawPartition.get(rawPartition);
        if (known != null) {
            known.addAll(keys);
        }
    }

    void forget(Collection<Integer> rawPartitions) {
        rawPartitions.forEach(byRawPartition::remove);
    }

    private Set<String> load(int partition) {
        List<PartitionInfo> partitions = reader.partitionsFor(topic, loadTimeout);
        if (partitions == null || partition >= partitions.size()) {
            throw new IllegalStateException("The processed topic " + topic + " has " + (partitions == null ? 0
                    : partitions.size()) + " partitions but raw partition " + partition + " needs its own: give "
                    + topic + " at least as many partitions as the raw topic (newsflow.enrich.processed-topic)");
        }
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        reader.assign(List.of(topicPartition));
        reader.seekToBeginning(List.of(topicPartition));
        // read_committed: the end is the last stable offset, so open transactions are not waited for
        long end = reader.endOffsets(List.of(topicPartition), loadTimeout).get(topicPartition);
        Set<String> keys = ConcurrentHashMap.newKeySet();
        Instant deadline = Instant.now().plus(loadTimeout);
        while (reader.position(topicPartition, loadTimeout) < end) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Reading " + topicPartition + " to offset " + end + " took longer "
                        + "than " + loadTimeout + "; the batch will be retried");
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (record.value() == null) {
                    keys.remove(record.key());
                } else {
                    keys.add(record.key());
                }
            }
        }
        reader.assign(List.of());
        return keys;
    }

    /** Keys of one batch, per raw partition, waiting for their transaction to commit. */
    static final class Pending {
        private final Map<Integer, Set<String>> byRawPartition = new java.util.HashMap<>();

        boolean contains(int rawPartition, String key) {
            return byRawPartition.getOrDefault(rawPartition, Set.of()).contains(key);
        }

        void add(int rawPartition, String key) {
            byRawPartition.computeIfAbsent(rawPartition, p -> new HashSet<>()).add(key);
        }

        void committedTo(ProcessedVersions processed) {
            byRawPartition.forEach(processed::recordCommitted);
        }

        boolean isEmpty() {
            return byRawPartition.isEmpty();
        }
    }

    @Override
    public synchronized void close() {
        reader.close();
    }
}
