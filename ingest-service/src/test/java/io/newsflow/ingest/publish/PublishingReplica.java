package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.versions.PublishedVersions;
import io.newsflow.ingest.versions.PublishedVersionsProperties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The publishing half of one ingest replica without the web server: its own {@link PublishedVersions} reading the
 * versions topic and its own {@link RawArticlePublisher} with a transactional producer of its own, as the service
 * wires them. Two of these are two replicas; closing one and starting another with the same instance id is a
 * restart.
 */
public final class PublishingReplica implements AutoCloseable {
    private static final Duration LOAD_PATIENCE = Duration.ofSeconds(60);

    private final PublishedVersions versions;
    private final DefaultKafkaProducerFactory<String, Object> producers;
    private final RawArticlePublisher publisher;

    private PublishingReplica(PublishedVersions versions, DefaultKafkaProducerFactory<String, Object> producers,
                              RawArticlePublisher publisher) {
        this.versions = versions;
        this.producers = producers;
        this.publisher = publisher;
    }

    /** Starts a replica and waits until it has read the versions topic to its end. */
    public static PublishingReplica start(EmbeddedKafkaBroker broker, String rawTopic, String versionsTopic,
                                          String instanceId) {
        String brokers = broker.getBrokersAsString();
        IngestProperties properties = new IngestProperties("push", Map.of(),
                new IngestProperties.Topic(rawTopic, 3, (short) 1), Duration.ofSeconds(20), Duration.ofSeconds(5),
                new IngestProperties.Limits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(4), 10, 100, 1000, 100, 100),
                instanceId);
        PublishedVersions versions = new PublishedVersions(
                new PublishedVersionsProperties(versionsTopic, 3, (short) 1, Duration.ofMillis(200)),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
        versions.start();
        DefaultKafkaProducerFactory<String, Object> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JsonEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
        producers.setTransactionIdPrefix("newsflow-ingest-" + instanceId + "-");
        await().atMost(LOAD_PATIENCE).until(() -> versions.status().loaded());
        return new PublishingReplica(versions, producers,
                new RawArticlePublisher(new KafkaTemplate<>(producers), versions, properties, Clock.systemUTC(),
                        new SimpleMeterRegistry()));
    }

    public RawArticlePublisher publisher() {
        return publisher;
    }

    public PublishedVersions versions() {
        return versions;
    }

    @Override
    public void close() {
        publisher.close();
        producers.destroy();
        versions.close();
    }
}
