package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The one thread that uses the state topic's consumer. It joins the consumer group, loads every partition the
 * group assigns from the beginning, then keeps tailing them so that records another replica writes (before
 * or during a rebalance) are seen, and drops a partition the moment it is revoked.
 */
final class FeedStateConsumer implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(FeedStateConsumer.class);
    /** Bounds each metadata and offset lookup, so that a stop or a broker outage never hangs the thread. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, FeedStateRecord> consumer;
    private final String topic;
    private final Duration pollTimeout;
    private final PartitionStates states;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    FeedStateConsumer(Consumer<String, FeedStateRecord> consumer, String topic, Duration pollTimeout,
                      PartitionStates states) {
        this.consumer = consumer;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
        this.states = states;
    }

    @Override
    public void run() {
        try {
            int partitions = awaitTopic();
            if (partitions == 0) {
                return;
            }
            states.partitionCount(partitions);
            consumer.subscribe(List.of(topic), new Rebalance());
            while (!stopping()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            // Only stop() wakes the consumer up: this is the way out.
        } catch (RuntimeException e) {
            log.error("The feed state consumer failed and stopped; this replica owns no feeds until it is "
                    + "restarted", e);
        } finally {
            states.revokeAll();
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        }
    }

    /** Called from another thread; the only consumer method that may be. */
    void stop() {
        stopRequested.countDown();
        consumer.wakeup();
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    /** The topic's partition count, waiting until the topic exists; 0 when stopped first. */
    private int awaitTopic() {
        while (!stopping()) {
            try {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic, LOOKUP_TIMEOUT);
                if (!partitions.isEmpty()) {
                    return partitions.size();
                }
                states.waitingFor("topic " + topic + " does not exist; ingest-service creates it at startup "
                        + "(spring.kafka.admin.auto-create) or create it compacted, as ADR 0004 describes");
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                states.waitingFor("cannot read the partitions of " + topic + " (" + e.getMessage()
                        + "); check spring.kafka.bootstrap-servers and that Kafka is up");
            }
            pause();
        }
        return 0;
    }

    private void pollOnce() {
        try {
            ConsumerRecords<String, FeedStateRecord> records = consumer.poll(pollTimeout);
            for (ConsumerRecord<String, FeedStateRecord> record : records) {
                apply(record);
            }
            advanceLoading();
            states.polled(System.nanoTime());
        } catch (RecordDeserializationException e) {
            // A record we cannot read says nothing we could act on; skipping it keeps every other feed going.
            log.warn("Skipping unreadable feed-state record at {} offset {}: {}", e.topicPartition(), e.offset(),
                    e.getMessage());
            states.countUnreadable();
            consumer.seek(e.topicPartition(), e.offset() + 1);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.warn("Polling feed state from {} failed, retrying: {}", topic, e.getMessage());
            pause();
        }
    }

    private void apply(ConsumerRecord<String, FeedStateRecord> record) {
        states.countRead();
        // The broker refuses keyless records on a compacted topic, but a topic created by hand may not be one.
        if (record.key() == null) {
            states.countUnreadable();
            return;
        }
        states.apply(record.partition(), record.offset(), record.key(), record.value());
    }

    /** Marks a partition loaded once its position reaches the end offset captured after it was assigned. */
    private void advanceLoading() {
        Set<Integer> loading = states.loading();
        if (loading.isEmpty()) {
            return;
        }
        Set<TopicPartition> withoutEnd = loading.stream().filter(p -> states.loadUntil(p) < 0)
                .map(p -> new TopicPartition(topic, p)).collect(Collectors.toSet());
        if (!withoutEnd.isEmpty()) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(withoutEnd, LOOKUP_TIMEOUT);
            ends.forEach((partition, end) -> states.loadUntil(partition.partition(), end));
        }
        for (int partition : loading) {
            long end = states.loadUntil(partition);
            if (end >= 0 && consumer.position(new TopicPartition(topic, partition), LOOKUP_TIMEOUT) >= end) {
                states.loaded(partition);
                log.info("Feed state of {}-{} loaded; its feeds are owned here", topic, partition);
            }
        }
    }

    private void pause() {
        try {
            stopRequested.await(pollTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested.countDown();
        }
    }

    /** Runs inside {@code poll}, on this thread; the group waits for it before handing partitions on. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> states.revoke(partition.partition()));
            if (!partitions.isEmpty()) {
                log.info("Feed state partitions revoked: {}", partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // Never committed offsets: a partition's state is everything in it, read from the start.
            consumer.seekToBeginning(partitions);
            partitions.forEach(partition -> states.assign(partition.partition()));
            states.assignmentReceived();
            if (!partitions.isEmpty()) {
                log.info("Feed state partitions assigned, loading: {}", partitions);
            }
        }
    }
}
