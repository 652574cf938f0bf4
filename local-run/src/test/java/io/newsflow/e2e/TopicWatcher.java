package io.newsflow.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic from the beginning and waits for the record with a given key, or the first that matches. */
final class TopicWatcher implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    TopicWatcher(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // enrich-service writes in transactions: see only what it committed, as every reader should
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    ConsumerRecord<String, byte[]> await(String key, Duration timeout) {
        return await(record -> key.equals(record.key()), "key " + key, timeout);
    }

    ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> wanted, String description,
                                         Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (wanted.test(record)) {
                    return record;
                }
            }
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("No record with " + description + " within " + timeout);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
