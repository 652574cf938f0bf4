package io.newsflow.ingest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the raw topic back with a plain Kafka consumer, independent of anything the service uses. */
public final class RawTopicReader implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;

    public RawTopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    public int partitionCount() {
        return consumer.partitionsFor(topic).size();
    }

    /** The record at exactly that partition and offset; fails if it cannot be read within 30 s. */
    public ConsumerRecord<String, byte[]> recordAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        consumer.assign(List.of(topicPartition));
        consumer.seek(topicPartition, offset);
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < giveUp) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL).records(topicPartition)) {
                if (record.offset() == offset) {
                    return record;
                }
            }
        }
        throw new AssertionError("No record at " + topicPartition + " offset " + offset + " within " + WAIT);
    }

    /** Every record on the topic so far, from all partitions. */
    public List<ConsumerRecord<String, byte[]>> allRecords() {
        List<TopicPartition> partitions = partitions();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (!reachedEnd(ends) && System.nanoTime() < giveUp) {
            consumer.poll(POLL).forEach(records::add);
        }
        if (!reachedEnd(ends)) {
            throw new AssertionError("Could not read " + topic + " to its end offsets " + ends + " within " + WAIT);
        }
        return records;
    }

    /** Sum of the end offsets of all partitions: grows by one with every record written. */
    public long totalEndOffset() {
        List<TopicPartition> partitions = partitions();
        consumer.assign(partitions);
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    private boolean reachedEnd(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private List<TopicPartition> partitions() {
        return consumer.partitionsFor(topic).stream()
                .map(PartitionInfo::partition).map(p -> new TopicPartition(topic, p)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
