package io.newsflow.ingest.versions;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that uses the published-versions consumer. It reads every partition of the topic from the
 * beginning (by assignment: every replica holds every id, so any replica can answer for any article) and keeps
 * tailing them, so that what other replicas write is seen; positions are published to the table after every
 * poll, which is what {@link PublishedVersions#catchUp} waits for.
 */
final class VersionReader implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(VersionReader.class);
    /** Bounds each metadata and offset lookup, so that a stop or a broker outage never hangs the thread. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, PublishedVersion> consumer;
    private final String topic;
    private final Duration pollTimeout;
    private final VersionTable table;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch topicFound = new CountDownLatch(1);
    private volatile int partitionCount;

    VersionReader(Consumer<String, PublishedVersion> consumer, String topic, Duration pollTimeout, VersionTable table) {
        this.consumer = consumer;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
        this.table = table;
    }

    /**
     * The topic's partitions, waiting up to {@code within} for the reader to find the topic and its end offsets.
     *
     * @return 0 when that did not happen in time, or the reader has stopped
     */
    int awaitPartitionCount(Duration within) throws InterruptedException {
        topicFound.await(within.toNanos(), TimeUnit.NANOSECONDS);
        return partitionCount;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = awaitTopic();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            table.waitingFor("reading " + topic + " up to its end");
            table.loadUntil(endOffsets(partitions));
            partitionCount = partitions.size();
            topicFound.countDown();
            while (!stopping()) {
                pollOnce(partitions);
            }
        } catch (WakeupException e) {
            // Only stop() wakes the consumer up: this is the way out.
        } catch (RuntimeException e) {
            table.waitingFor("the published-versions reader failed: " + e + "; restart the replica");
            log.error("The published-versions reader failed and stopped; this replica cannot tell duplicates "
                    + "until it is restarted", e);
        } finally {
            partitionCount = 0;
            topicFound.countDown();
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

    private List<TopicPartition> awaitTopic() {
        while (!stopping()) {
            try {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic, LOOKUP_TIMEOUT);
                if (!partitions.isEmpty()) {
                    return partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                }
                table.waitingFor("topic " + topic + " does not exist; ingest-service creates it at startup "
                        + "(spring.kafka.admin.auto-create) or create it compacted, as docs/adr describes");
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                table.waitingFor("cannot read the partitions of " + topic + " (" + e.getMessage()
                        + "); check spring.kafka.bootstrap-servers and that Kafka is up");
            }
            pause();
        }
        return List.of();
    }

    private Map<Integer, Long> endOffsets(List<TopicPartition> partitions) {
        while (true) {
            try {
                Map<Integer, Long> ends = new HashMap<>();
                consumer.endOffsets(partitions, LOOKUP_TIMEOUT).forEach((p, end) -> ends.put(p.partition(), end));
                return ends;
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                table.waitingFor("cannot read the end offsets of " + topic + " (" + e.getMessage() + ")");
                pause();
                if (stopping()) {
                    throw new WakeupException();
                }
            }
        }
    }

    private void pollOnce(List<TopicPartition> partitions) {
        try {
            for (ConsumerRecord<String, PublishedVersion> record : consumer.poll(pollTimeout)) {
                apply(record);
            }
            for (TopicPartition partition : partitions) {
                table.advanced(partition.partition(), consumer.position(partition, LOOKUP_TIMEOUT));
            }
        } catch (RecordDeserializationException e) {
            // A record we cannot read says nothing we could act on; skipping it keeps every other id going.
            log.warn("Skipping unreadable published-versions record at {} offset {}: {}", e.topicPartition(),
                    e.offset(), e.getMessage());
            table.countUnreadable();
            consumer.seek(e.topicPartition(), e.offset() + 1);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.warn("Reading published versions from {} failed, retrying: {}", topic, e.getMessage());
            pause();
        }
    }

    private void apply(ConsumerRecord<String, PublishedVersion> record) {
        table.countRead();
        // The broker refuses keyless records on a compacted topic, but a topic created by hand may not be one.
        if (record.key() == null) {
            table.countUnreadable();
            return;
        }
        table.apply(record.partition(), record.offset(), record.key(), record.value());
    }

    private void pause() {
        try {
            stopRequested.await(pollTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested.countDown();
        }
    }
}
