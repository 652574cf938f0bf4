package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that uses the feed group's consumer. It joins the consumer group on the published-versions topic
 * and owns the feeds of the partitions the group assigns, from the moment they are assigned until they are revoked.
 * It reads no records: the versions themselves are read by {@code versions.PublishedVersions}, on every replica,
 * and caught up before every feed poll's decisions, so a new owner needs nothing loaded first.
 */
final class FeedStateConsumer implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(FeedStateConsumer.class);
    /** Bounds each metadata lookup, so that a stop or a broker outage never hangs the thread. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final Duration pollTimeout;
    private final OwnedPartitions owned;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    FeedStateConsumer(Consumer<String, byte[]> consumer, String topic, Duration pollTimeout, OwnedPartitions owned) {
        this.consumer = consumer;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
        this.owned = owned;
    }

    @Override
    public void run() {
        try {
            int partitions = awaitTopic();
            if (partitions == 0) {
                return;
            }
            owned.partitionCount(partitions);
            consumer.subscribe(List.of(topic), new Rebalance());
            while (!stopping()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            // Only stop() wakes the consumer up: this is the way out.
        } catch (RuntimeException e) {
            log.error("The feed group consumer failed and stopped; this replica owns no feeds until it is "
                    + "restarted", e);
        } finally {
            owned.revokeAll();
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
                owned.waitingFor("topic " + topic + " does not exist; ingest-service creates it at startup "
                        + "(spring.kafka.admin.auto-create) or create it compacted, as ADR 0004 describes");
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                owned.waitingFor("cannot read the partitions of " + topic + " (" + e.getMessage()
                        + "); check spring.kafka.bootstrap-servers and that Kafka is up");
            }
            pause();
        }
        return 0;
    }

    private void pollOnce() {
        try {
            // Every assigned partition is paused: the poll only keeps the membership and runs rebalances.
            consumer.poll(pollTimeout);
            owned.polled(System.nanoTime());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.warn("Polling the feed group on {} failed, retrying: {}", topic, e.getMessage());
            pause();
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
            partitions.forEach(partition -> owned.revoke(partition.partition()));
            if (!partitions.isEmpty()) {
                log.info("Feed partitions revoked: {}", partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            consumer.pause(partitions);
            partitions.forEach(partition -> owned.assign(partition.partition()));
            owned.assignmentReceived();
            if (!partitions.isEmpty()) {
                log.info("Feed partitions assigned, their feeds are owned here: {}", partitions);
            }
        }
    }
}
