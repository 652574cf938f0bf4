package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ingest replicas' feed ownership on one topic of a real broker: starts {@link KafkaFeedOwnership}s the way the
 * service does (same group, same topic) and closes whatever is still open after the test.
 */
final class FeedStateCluster implements AutoCloseable {
    static final int PARTITIONS = 3;

    private final EmbeddedKafkaBroker broker;
    private final String topic;
    private final FeedStateProperties properties;
    private final List<KafkaFeedOwnership> replicas = new ArrayList<>();

    private FeedStateCluster(EmbeddedKafkaBroker broker, String topic, FeedStateProperties properties) {
        this.broker = broker;
        this.topic = topic;
        this.properties = properties;
    }

    /** A cluster on a topic of its own, which is not created yet. */
    static FeedStateCluster onNewTopic(EmbeddedKafkaBroker broker, String name) {
        return new FeedStateCluster(broker, "feed-state." + name, new FeedStateProperties("ingest-feeds." + name,
                Duration.ofMillis(200), Duration.ofSeconds(10)));
    }

    /** Creates the topic as the service's configuration does: compacted, {@link #PARTITIONS} partitions. */
    FeedStateCluster withTopic() {
        broker.addTopics(TopicBuilder.name(topic).partitions(PARTITIONS).replicas(1).compact().build());
        return this;
    }

    String topic() {
        return topic;
    }

    KafkaFeedOwnership startReplica() {
        KafkaFeedOwnership replica = new KafkaFeedOwnership(properties, topic, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                // Members notice a rebalance at the next heartbeat; a short interval keeps the tests short.
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300));
        replicas.add(replica);
        replica.start();
        return replica;
    }

    @Override
    public void close() {
        replicas.forEach(KafkaFeedOwnership::stop);
    }
}
