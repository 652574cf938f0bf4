package io.newsflow.localrun.kafka;

import io.newsflow.localrun.LocalPorts;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LocalKafkaBrokerTest {
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private ChildProcesses children;

    @AfterEach
    void stopEverything() {
        if (children != null) {
            children.stopAll();
        }
    }

    @Test
    void runsARealBrokerInItsOwnJvmAndLeavesNothingBehindWhenStopped() throws Exception {
        int port = LocalPorts.freePort();
        int controllerPort = LocalPorts.freePort();
        children = new ChildProcesses(dataDir);
        LocalKafkaBroker broker = new LocalKafkaBroker(
                new KafkaServerProperties("127.0.0.1", port, controllerPort, dataDir.resolve("kafka/storage")),
                dataDir.resolve("kafka"), LocalKafkaBroker.classpathOfThisJvm(), children);

        ChildProcess process = broker.start(STARTUP);
        List<ProcessHandle> tree = new ArrayList<>(List.of(process.handle()));
        process.handle().descendants().forEach(tree::add);

        assertThat(process.handle().pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(process.handle().info().commandLine().orElseThrow()).contains("kafka.Kafka");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("local-broker-check", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-broker-check", "article-1", "hello from newsflow"))
                    .get(30, TimeUnit.SECONDS);
        }
        assertThat(consumeOne(broker.bootstrapServers(), "local-broker-check"))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly("article-1", "hello from newsflow");
        assertThat(Files.readString(dataDir.resolve("kafka/server.properties"))).contains("process.roles=broker,controller");
        assertThat(dataDir.resolve("kafka/storage/meta.properties")).exists();

        children.stopAll();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(LocalPorts.isListening(port)).as("client port %d after stop", port).isFalse();
        assertThat(LocalPorts.isListening(controllerPort)).as("controller port %d after stop", controllerPort).isFalse();
        assertThat(ChildProcesses.runningIn(dataDir)).isEmpty();
    }

    @Test
    void keepsItsTopicsWhenRestartedOnStorageFormattedByAnEarlierRun() throws Exception {
        children = new ChildProcesses(dataDir);
        KafkaServerProperties properties = new KafkaServerProperties("127.0.0.1", LocalPorts.freePort(), LocalPorts.freePort(),
                dataDir.resolve("kafka/storage"));
        new LocalKafkaBroker(properties, dataDir.resolve("kafka"), LocalKafkaBroker.classpathOfThisJvm(), children)
                .start(STARTUP);
        TopicSetup topics = new TopicSetup(properties.bootstrapServers());
        topics.createTopics(Duration.ofSeconds(60));
        children.stopAll();

        children = new ChildProcesses(dataDir);
        ChildProcess again = new LocalKafkaBroker(properties, dataDir.resolve("kafka"),
                LocalKafkaBroker.classpathOfThisJvm(), children).start(STARTUP);
        topics.createTopics(Duration.ofSeconds(60));

        assertThat(again.isAlive()).isTrue();
        assertThat(topics.partitionCounts(Duration.ofSeconds(60))).isEqualTo(TopicSetup.PARTITIONS)
                .containsKeys("newsflow.articles.raw.v1", "newsflow.articles.enriched.v1",
                        "newsflow.articles.raw.v1.dlt");
    }

    private static ConsumerRecord<String, String> consumeOne(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "local-broker-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    return record;
                }
            }
            throw new AssertionError("No record came back from " + topic + " within 60 s");
        }
    }
}
