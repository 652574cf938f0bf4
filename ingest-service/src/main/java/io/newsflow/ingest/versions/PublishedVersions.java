package io.newsflow.ingest.versions;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.JsonEventDeserializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The article versions ingest wrote to the raw topic, pushed and polled alike, kept in one compacted topic keyed
 * by article id. The record of a version is written in the same Kafka transaction as the raw record (see
 * {@code publish.RawArticlePublisher}), so it exists exactly when the raw record does. Every replica reads every
 * partition and keeps tailing; before a decision, {@link #catchUp} reads up to the end offsets the broker has at
 * that moment, so a version any replica committed before is seen, whichever replica took it.
 */
public class PublishedVersions implements SmartLifecycle, AutoCloseable {
    /** Started before the pollers and the web server that ask it (they run in the default phase or later). */
    static final int PHASE = DEFAULT_PHASE - 2048;

    private final PublishedVersionsProperties properties;
    private final Map<String, Object> consumerConfig;
    private final Admin admin;
    private final VersionTable table = new VersionTable();
    private volatile VersionReader reader;
    private Thread readerThread;

    /**
     * @param consumerConfig Kafka client settings for the reader (at least {@code bootstrap.servers}); offsets and
     *                       isolation are set here
     * @param adminConfig    Kafka client settings for the admin client that asks for end offsets
     */
    public PublishedVersions(PublishedVersionsProperties properties, Map<String, Object> consumerConfig,
                             Map<String, Object> adminConfig) {
        this.properties = properties;
        this.consumerConfig = consumerSettings(consumerConfig);
        this.admin = Admin.create(adminConfig);
    }

    static Map<String, Object> consumerSettings(Map<String, Object> base) {
        Map<String, Object> settings = new HashMap<>(base);
        // Assigned, never in a group, never committed: the state is everything in the topic, read from the start.
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Records of aborted transactions belong to raw records that were never written.
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // A transaction's commit marker should reach a waiting catchUp() at once, not after the default 500 ms.
        settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        return settings;
    }

    public String topic() {
        return properties.topic();
    }

    /** Compares a candidate with what was last written for its id, as held now. Never blocks on the network. */
    public PublishDecision decide(RawArticleEvent candidate) {
        return PublishRules.decide(candidate, table.latest(candidate.id()).orElse(null));
    }

    /**
     * The record of exactly this version (same version, content hash and pubStatus) when it is the one held for
     * its id and says where it was written: a push of it is a duplicate.
     */
    public Optional<PublishedVersion> alreadyWritten(RawArticleEvent candidate) {
        return table.latest(candidate.id())
                .filter(PublishedVersion::hasLocation)
                .filter(held -> PublishRules.decide(candidate, held) == PublishDecision.DUPLICATE);
    }

    /**
     * Reads every partition up to the end offset it has now (read_committed), so that decisions see every version
     * committed before this call, by any replica.
     *
     * @throws StateUnavailableException when that did not happen within {@code within}
     */
    public void catchUp(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        VersionReader current = reader;
        int partitions;
        try {
            partitions = current == null ? 0 : current.awaitPartitionCount(within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            partitions = 0;
        }
        if (partitions == 0) {
            throw new StateUnavailableException("The published versions in " + topic() + " cannot be read yet: "
                    + table.status().notLoadedReason());
        }
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed().collect(Collectors.toMap(
                p -> new TopicPartition(topic(), p), p -> OffsetSpec.latest()));
        try {
            Map<Integer, Long> ends = admin.listOffsets(latest,
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
            if (!table.awaitPositions(ends, deadline)) {
                throw new StateUnavailableException("The published versions in " + topic() + " were not read up "
                        + "to " + ends + " within " + within.toMillis() + "ms");
            }
        } catch (ExecutionException e) {
            throw new StateUnavailableException("Cannot ask Kafka for the end of " + topic() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new StateUnavailableException("Kafka did not say where " + topic() + " ends within "
                    + within.toMillis() + "ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateUnavailableException("Interrupted while reading " + topic(), e);
        }
    }

    /**
     * Waits until this replica's reader has read past the given records. The reader reads committed records only,
     * and a committed transaction's records become readable only once the broker has written its commit markers,
     * shortly after the commit returned; once past them here, every replica's {@link #catchUp} reaches them too.
     *
     * @param nextOffsets per partition, the offset after the last record to wait for
     * @return false when {@code within} ran out first
     */
    public boolean awaitRead(Map<Integer, Long> nextOffsets, Duration within) {
        try {
            return table.awaitPositions(nextOffsets, System.nanoTime() + within.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Read-your-writes: applies a record this replica committed, so the next decision sees it without waiting for
     * the reader.
     *
     * @param partition the published-versions partition it was written to
     * @param offset    its offset there
     */
    public void remember(String articleId, int partition, long offset, PublishedVersion version) {
        table.apply(partition, offset, articleId, version);
    }

    public VersionsStatus status() {
        return table.status();
    }

    @Override
    public synchronized void start() {
        if (readerThread != null) {
            return;
        }
        reader = new VersionReader(new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new JsonEventDeserializer<>(PublishedVersion.class)), topic(), properties.pollTimeout(), table);
        readerThread = new Thread(reader, "published-versions-" + topic());
        readerThread.setDaemon(true);
        readerThread.start();
    }

    @Override
    public synchronized void stop() {
        if (readerThread != null) {
            reader.stop();
            try {
                // The consumer's own close is bounded; this only guards against a thread that never returns.
                readerThread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readerThread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return readerThread != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public synchronized void close() {
        stop();
        admin.close(Duration.ofSeconds(5));
    }
}
