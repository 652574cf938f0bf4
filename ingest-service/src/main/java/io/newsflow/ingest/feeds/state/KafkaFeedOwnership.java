package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Feed ownership through a consumer group on the published-versions topic (ADR 0004): a feed belongs to one
 * partition of the topic, and the replica the group assigns that partition to polls the feed. What was published
 * is not kept here but in {@code versions.PublishedVersions}, which every replica reads whole.
 */
public class KafkaFeedOwnership implements FeedOwnership, SmartLifecycle {
    /** Started before, and stopped after, the pollers that ask it (they run in the default phase). */
    static final int PHASE = DEFAULT_PHASE - 1024;

    private final FeedStateProperties properties;
    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final OwnedPartitions owned;
    private FeedStateConsumer consumer;
    private Thread consumerThread;

    /**
     * @param topic          the published-versions topic, whose partitions the feeds are divided by
     * @param consumerConfig Kafka client settings for the group consumer (at least {@code bootstrap.servers});
     *                       group and assignment settings are set here
     */
    public KafkaFeedOwnership(FeedStateProperties properties, String topic, Map<String, Object> consumerConfig) {
        this.properties = properties;
        this.topic = topic;
        this.consumerConfig = consumerSettings(properties, consumerConfig);
        this.owned = new OwnedPartitions(properties.ownershipLease().toNanos());
    }

    static Map<String, Object> consumerSettings(FeedStateProperties properties, Map<String, Object> base) {
        Map<String, Object> settings = new HashMap<>(base);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        // The classic protocol with cooperative rebalancing: a partition is revoked from its old owner before
        // it is assigned to the new one, and partitions that do not move are never revoked.
        settings.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CLASSIC.name);
        settings.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        // Nothing is read, so nothing is committed.
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Auto-creation would make an uncompacted topic with the broker's partition count.
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        return settings;
    }

    @Override
    public boolean owns(String feedId) {
        return owned.owns(feedId);
    }

    public FeedStateStatus status() {
        return owned.status();
    }

    @Override
    public synchronized void start() {
        if (consumerThread != null) {
            return;
        }
        consumer = new FeedStateConsumer(new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer()), topic, properties.pollTimeout(), owned);
        consumerThread = new Thread(consumer, "feed-group-" + topic);
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    /** Leaves the group (its partitions go to the other replicas at once). */
    @Override
    public synchronized void stop() {
        if (consumerThread != null) {
            consumer.stop();
            try {
                // The consumer's own close is bounded; this only guards against a thread that never returns.
                consumerThread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumerThread = null;
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
}
