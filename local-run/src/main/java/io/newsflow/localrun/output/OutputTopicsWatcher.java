package io.newsflow.localrun.output;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.serde.EnrichedArticleEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the enriched and dead-letter topics from their current end, so that a run shows what happens to
 * the articles posted from now on, or from their beginning, for {@code ./run-local watch}. Only committed records
 * are read ({@code read_committed}): enrich-service writes in transactions, and an aborted one is not an enriched
 * article. It assigns partitions itself instead of joining a consumer group: there is nothing to share, and no
 * rebalance can delay the first record.
 */
public final class OutputTopicsWatcher implements AutoCloseable {
    /** Header Spring Kafka's dead-letter recoverer puts the failure message in. */
    static final String DLT_EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

    private final KafkaConsumer<String, byte[]> consumer;
    private final EnrichedArticleEventDeserializer deserializer = new EnrichedArticleEventDeserializer();
    private final Thread thread;
    private final PrintStream errors;
    private final List<String> missingTopics = new ArrayList<>();
    private volatile boolean closed;
    private boolean started;

    /**
     * Assigns every partition of both topics and fixes the start positions (their current end) before returning,
     * so that no record written after this constructor returns can be missed.
     */
    public OutputTopicsWatcher(String bootstrapServers, PrintStream errors,
                               BiConsumer<EnrichedArticleEvent, byte[]> onEnriched,
                               BiConsumer<String, String> onDeadLetter) {
        this(bootstrapServers, false, Duration.ofSeconds(30), errors, onEnriched, onDeadLetter);
    }

    /**
     * @param fromBeginning  read every record the topics hold, not only those written from now on
     * @param brokerPatience how long to wait for the broker to name the topics' partitions
     * @throws org.apache.kafka.common.errors.TimeoutException when no broker answers within {@code brokerPatience}
     */
    public OutputTopicsWatcher(String bootstrapServers, boolean fromBeginning, Duration brokerPatience,
                               PrintStream errors, BiConsumer<EnrichedArticleEvent, byte[]> onEnriched,
                               BiConsumer<String, String> onDeadLetter) {
        this.errors = errors;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // watching must not create a topic with the broker's defaults
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        try {
            for (String topic : List.of(NewsflowTopics.ENRICHED_ARTICLES, NewsflowTopics.DEAD_LETTER)) {
                List<PartitionInfo> found = consumer.partitionsFor(topic, brokerPatience);
                if (found.isEmpty()) {
                    missingTopics.add(topic);
                }
                found.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // seeks are lazy; asking for the positions pins them now
        partitions.forEach(partition -> consumer.position(partition, brokerPatience));
        this.thread = new Thread(() -> poll(onEnriched, onDeadLetter), "output-topics-watcher");
        thread.setDaemon(true);
    }

    /** The topics the broker did not know when this watcher was made: nothing of them is shown. */
    public List<String> missingTopics() {
        return List.copyOf(missingTopics);
    }

    public synchronized void start() {
        started = true;
        thread.start();
    }

    private void poll(BiConsumer<EnrichedArticleEvent, byte[]> onEnriched, BiConsumer<String, String> onDeadLetter) {
        try {
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (NewsflowTopics.DEAD_LETTER.equals(record.topic())) {
                        onDeadLetter.accept(record.key(), header(record, DLT_EXCEPTION_MESSAGE));
                    } else {
                        handleEnriched(record, onEnriched);
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() interrupts a blocking poll this way
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handleEnriched(ConsumerRecord<String, byte[]> record,
                                BiConsumer<EnrichedArticleEvent, byte[]> onEnriched) {
        try {
            onEnriched.accept(deserializer.deserialize(record.topic(), record.value()), record.value());
        } catch (SerializationException e) {
            errors.println("Cannot read the record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " (key " + record.key() + "): " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? "(no " + name + " header)"
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        if (started) {
            consumer.wakeup();
            thread.join(5_000);
        } else {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
