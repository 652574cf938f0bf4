package io.newsflow.ops.replay;

import io.newsflow.common.event.NewsflowTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter replay command against a real broker. The dead letters are written by Spring Kafka's own
 * DeadLetterPublishingRecoverer, as enrich-service writes them, so they carry the real headers.
 */
@EmbeddedKafka(partitions = 3, topics = {NewsflowTopics.RAW_ARTICLES, NewsflowTopics.DEAD_LETTER})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayDeadLettersTest {
    private String bootstrapServers;
    private Instant beforeFirstDeadLetter;
    private Instant afterSecondDeadLetter;

    @BeforeAll
    void deadLetterThreeArticles() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        bootstrapServers = broker.getBrokersAsString();
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer()));
        // as enrich-service's DeadLetterConfiguration: newsflow's ".dlt" topic, partition chosen by key
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(NewsflowTopics.DEAD_LETTER, -1));
        recoverer.setFailIfSendResultIsError(true);

        beforeFirstDeadLetter = Instant.now();
        deadLetter(recoverer, "wire:not-json", "{broken", new SerializationException("not JSON"));
        Thread.sleep(50);
        deadLetter(recoverer, "wire:no-body", "{\"ninjs\":{}}", new IllegalArgumentException("no body"));
        Thread.sleep(50);
        afterSecondDeadLetter = Instant.now();
        Thread.sleep(50);
        deadLetter(recoverer, "wire:late", "{\"late\":true}", new IllegalArgumentException("no body"));
        template.destroy();
    }

    private static void deadLetter(DeadLetterPublishingRecoverer recoverer, String key, String value,
                                   Exception failure) {
        ConsumerRecord<byte[], byte[]> raw = new ConsumerRecord<>(NewsflowTopics.RAW_ARTICLES, 0, 0,
                key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        raw.headers().add("ce_id", ("event-" + key).getBytes(StandardCharsets.UTF_8));
        recoverer.accept(raw, failure);
    }

    private final List<ConsumerRecord<byte[], byte[]>> rawBefore = new ArrayList<>();

    @BeforeEach
    void rememberWhatTheRawTopicHeld() {
        rawBefore.clear();
        rawBefore.addAll(readAll(NewsflowTopics.RAW_ARTICLES));
    }

    @Test
    void dryRunListsTheSelectionAndPublishesNothing() {
        Output output = run("--dry-run");

        assertThat(output.exitCode).isZero();
        assertThat(output.out).contains("would re-publish wire:not-json", "would re-publish wire:no-body",
                "would re-publish wire:late", "scanned 3 dead letters, selected 3, re-published none (dry run)");
        assertThat(readAll(NewsflowTopics.RAW_ARTICLES)).hasSameSizeAs(rawBefore);
    }

    @Test
    void republishesTheSelectedArticleWithItsValueAndOriginalHeadersButNotTheFailureHeaders() {
        Output output = run("--article-id", "wire:no-body");

        assertThat(output.out).contains("scanned 3 dead letters, selected 1, re-published 1");
        List<ConsumerRecord<byte[], byte[]>> added = addedToRaw();
        assertThat(added).hasSize(1);
        ConsumerRecord<byte[], byte[]> replayed = added.get(0);
        assertThat(new String(replayed.key(), StandardCharsets.UTF_8)).isEqualTo("wire:no-body");
        assertThat(new String(replayed.value(), StandardCharsets.UTF_8)).isEqualTo("{\"ninjs\":{}}");
        List<String> headers = new ArrayList<>();
        for (Header header : replayed.headers()) {
            headers.add(header.key());
        }
        assertThat(headers).contains("ce_id", DeadLetterReplay.REPLAYED_FROM_HEADER)
                .noneMatch(header -> header.startsWith("kafka_dlt-"));
    }

    @Test
    void selectsByFailureReasonBySimpleOrFullClassName() {
        assertThat(run("--dry-run", "--reason", "SerializationException").out)
                .contains("would re-publish wire:not-json", "selected 1,").doesNotContain("wire:no-body");
        assertThat(run("--dry-run", "--reason", IllegalArgumentException.class.getName()).out)
                .contains("wire:no-body", "wire:late", "selected 2,").doesNotContain("wire:not-json");
    }

    @Test
    void selectsByTimeRange() {
        Output output = run("--from", beforeFirstDeadLetter.toString(), "--to", afterSecondDeadLetter.toString());

        assertThat(output.out).contains("selected 2, re-published 2");
        assertThat(addedToRaw()).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("wire:not-json", "wire:no-body");
    }

    @Test
    void refusesABadCommandLineWithUsage() {
        Output output = run("--from", "yesterday");

        assertThat(output.exitCode).isEqualTo(2);
        assertThat(output.err).contains("--from yesterday is not an ISO-8601 instant", "Usage: replay-dead-letters");
    }

    private Output run(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrapServers));
        args.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = ReplayDeadLetters.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Output(int exitCode, String out, String err) {
    }

    private List<ConsumerRecord<byte[], byte[]>> addedToRaw() {
        List<ConsumerRecord<byte[], byte[]>> now = new ArrayList<>(readAll(NewsflowTopics.RAW_ARTICLES));
        now.removeIf(record -> rawBefore.stream().anyMatch(old -> old.partition() == record.partition()
                && old.offset() == record.offset()));
        return now;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "replay-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // until assigned and two seconds pass without a new record
            while (System.nanoTime() < deadline
                    && (consumer.assignment().isEmpty() || System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos())) {
                var polled = consumer.poll(Duration.ofMillis(200));
                if (!polled.isEmpty()) {
                    polled.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
            return records;
        }
    }
}
