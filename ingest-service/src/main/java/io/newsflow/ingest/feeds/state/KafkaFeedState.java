package io.newsflow.ingest.feeds.state;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.JsonEventDeserializer;
import io.newsflow.common.serde.JsonEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Feed state and feed ownership kept in the compacted topic {@code newsflow.ingest.feed-state.v1} (ADR 0004).
 * A feed belongs to one partition of the topic; the replica the consumer group assigns that partition to owns
 * the feed once it has read the partition to its end, and records what it publishes from the feed there, so
 * the state always travels with the feed.
 */
public class KafkaFeedState implements PublishedVersions, FeedOwnership, SmartLifecycle, AutoCloseable {
    /** Started before, and stopped after, the pollers that ask it (they run in the default phase). */
    static final int PHASE = DEFAULT_PHASE - 1024;

    private final FeedStateProperties properties;
    private final Map<String, Object> consumerConfig;
    private final Clock clock;
    private final PartitionStates states;
    private final FeedStateWriter writer;
    private FeedStateConsumer consumer;
    private Thread consumerThread;

    /**
     * @param consumerConfig Kafka client settings for the state consumer (at least {@code bootstrap.servers});
     *                       group, offsets and assignment settings are set here
     * @param producerConfig Kafka client settings for the state producer; durability settings are set here
     */
    public KafkaFeedState(FeedStateProperties properties, Map<String, Object> consumerConfig,
                          Map<String, Object> producerConfig, Clock clock) {
        this.properties = properties;
        this.consumerConfig = consumerSettings(properties, consumerConfig);
        this.clock = clock;
        this.states = new PartitionStates(properties.ownershipLease().toNanos());
        this.writer = new FeedStateWriter(new KafkaProducer<>(producerSettings(properties, producerConfig),
                new StringSerializer(), new JsonEventSerializer<FeedStateRecord>()),
                properties.topic(), properties.writeTimeout());
    }

    static Map<String, Object> consumerSettings(FeedStateProperties properties, Map<String, Object> base) {
        Map<String, Object> settings = new HashMap<>(base);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        // The classic protocol with cooperative rebalancing: a partition is revoked from its old owner before
        // it is assigned to the new one, and partitions that do not move are never revoked.
        settings.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CLASSIC.name);
        settings.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        // State is always re-read from the beginning, so committed offsets would only mislead.
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Every newsflow reader sees only committed transactions (ADR "exactly-once enrichment").
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Auto-creation would make an uncompacted topic with the broker's partition count.
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        return settings;
    }

    static Map<String, Object> producerSettings(FeedStateProperties properties, Map<String, Object> base) {
        int timeoutMs = Math.toIntExact(properties.writeTimeout().toMillis());
        Map<String, Object> settings = new HashMap<>(base);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) timeoutMs);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        // Half the budget per request leaves time for one retry on a new leader.
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, timeoutMs / 2));
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return settings;
    }

    @Override
    public PublishDecision decide(RawArticleEvent candidate) {
        return PublishRules.decide(candidate, states.latest(candidate.id()).orElse(null));
    }

    @Override
    public void recordPublished(String feedId, RawArticleEvent published) {
        OptionalInt partition = states.partitionOf(feedId);
        if (partition.isEmpty()) {
            throw new IllegalStateException("The feed state topic " + properties.topic() + " has not been found "
                    + "yet, so the published version of " + published.id() + " cannot be stored; check the "
                    + "feedState health details");
        }
        FeedStateRecord record = FeedStateRecord.of(feedId, published, clock.instant());
        long offset = writer.write(partition.getAsInt(), published.id(), record);
        // Read-your-writes: the next decide() must see it without waiting for the consumer to read it back.
        states.apply(partition.getAsInt(), offset, published.id(), record);
    }

    @Override
    public boolean owns(String feedId) {
        return states.owns(feedId);
    }

    public FeedStateStatus status() {
        return states.status();
    }

    @Override
    public synchronized void start() {
        if (consumerThread != null) {
            return;
        }
        consumer = new FeedStateConsumer(new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new JsonEventDeserializer<>(FeedStateRecord.class)), properties.topic(), properties.pollTimeout(),
                states);
        consumerThread = new Thread(consumer, "feed-state-" + properties.topic());
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    /** Leaves the group (its partitions go to the other replicas at once) and closes both clients. */
    @Override
    public synchronized void stop() {
        if (consumerThread != null) {
            consumer.stop();
            joinConsumerThread();
            consumerThread = null;
        }
    }

    private void joinConsumerThread() {
        try {
            // The consumer's own close is bounded; this only guards against a thread that never returns.
            consumerThread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return consumerThread != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public synchronized void close() {
        stop();
        writer.close();
    }
}
