package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Ingest replicas' feed state on one topic of a real broker: starts {@link KafkaFeedState}s the way the
 * service does (same group, same topic) and closes whatever is still open after the test.
 */
final class FeedStateCluster implements AutoCloseable {
    static final int PARTITIONS = 3;

    private final EmbeddedKafkaBroker broker;
    private final FeedStateProperties properties;
    private final List<KafkaFeedState> replicas = new ArrayList<>();

    private FeedStateCluster(EmbeddedKafkaBroker broker, FeedStateProperties properties) {
        this.broker = broker;
        this.properties = properties;
    }

    /** A cluster on a topic of its own, which is not created yet. */
    static FeedStateCluster onNewTopic(EmbeddedKafkaBroker broker, String name) {
        return new FeedStateCluster(broker, new FeedStateProperties("feed-state." + name, PARTITIONS, (short) 1,
                "ingest-feeds." + name, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(10)));
    }

    /** Creates the topic as the service's configuration does: compacted, {@link #PARTITIONS} partitions. */
    FeedStateCluster withTopic() {
        broker.addTopics(new FeedStateConfiguration().feedStateTopic(properties));
        return this;
    }

    String topic() {
        return properties.topic();
    }

    KafkaFeedState startReplica() {
        KafkaFeedState replica = new KafkaFeedState(properties, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                // Members notice a rebalance at the next heartbeat; a short interval keeps the tests short.
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300),
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), Clock.systemUTC());
        replicas.add(replica);
        replica.start();
        return replica;
    }

    /** Writes bytes that are not a state record, as a broken or foreign producer might. */
    void writeGarbage(int partition, String key, String value) throws ExecutionException, InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic(), partition, key.getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    @Override
    public void close() {
        replicas.forEach(KafkaFeedState::close);
    }
}
