package io.newsflow.localrun.load;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A consumer group's lag on one topic, as the lag alert sees it: for every partition, the last stable offset
 * (what a read_committed consumer can reach) minus the group's committed offset (the log start when it has
 * committed nothing yet), summed.
 */
final class ConsumerLagProbe implements AutoCloseable {
    private static final long ANSWER_WITHIN_MS = 3_000;

    private final Admin admin;
    private final String group;
    private final String topic;
    private final int partitions;

    ConsumerLagProbe(String bootstrapServers, String group, String topic, int partitions) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ANSWER_WITHIN_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ANSWER_WITHIN_MS));
        this.group = group;
        this.topic = topic;
        this.partitions = partitions;
    }

    /** @return the summed lag, or -1 when the broker did not answer in time */
    long lag() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
                earliest.put(new TopicPartition(topic, partition), OffsetSpec.earliest());
            }
            ListOffsetsOptions readCommitted = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            var ends = admin.listOffsets(latest, readCommitted).all().get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            var starts = admin.listOffsets(earliest, readCommitted).all().get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            long lag = 0;
            for (TopicPartition partition : latest.keySet()) {
                OffsetAndMetadata position = committed.get(partition);
                long from = position != null ? position.offset() : starts.get(partition).offset();
                lag += Math.max(0, ends.get(partition).offset() - from);
            }
            return lag;
        } catch (ExecutionException | TimeoutException noAnswer) {
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
