package io.newsflow.ops.replay;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code replay-dead-letters}: re-publishes selected dead letters to the raw topic (docs/runbook.md, "Replaying
 * dead letters"). Exit code 0 on success, 1 when Kafka fails, 2 for a bad command line.
 */
public final class ReplayDeadLetters {

    private ReplayDeadLetters() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(ReplayOptions.USAGE);
            return 0;
        }
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(ReplayOptions.USAGE);
            return 2;
        }
        try {
            Map<String, Object> client = clientConfig(options);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(client),
                         new ByteArrayDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(client),
                         new ByteArraySerializer(), new ByteArraySerializer())) {
                ReplaySummary summary = new DeadLetterReplay(consumer, producer, options.deadLetterTopic(),
                        options.rawTopic()).replay(options.selection(), options.dryRun(), out::println);
                out.println(summary.describe(options.dryRun()));
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Replay failed: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Object> clientConfig(ReplayOptions options) throws IOException {
        Map<String, Object> config = new HashMap<>();
        if (options.clientConfig() != null) {
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(options.clientConfig(), StandardCharsets.UTF_8)) {
                file.load(reader);
            }
            file.stringPropertyNames().forEach(name -> config.put(name, file.getProperty(name)));
        }
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        return config;
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // dead letters are written outside transactions today; read_committed also skips aborted ones later
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private static Map<String, Object> producerConfig(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
