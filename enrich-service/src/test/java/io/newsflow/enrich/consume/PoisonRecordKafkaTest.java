package io.newsflow.enrich.consume;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.FailingStage;
import io.newsflow.enrich.pipeline.UnprocessableArticleException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poison on the raw topic, through the transactional listener and a real (embedded, KRaft) broker: records that
 * are not JSON, JSON that breaks the event's shape, an article a stage throws on and an article with a 5 MB body
 * all reach the dead-letter topic with the reason in their headers, and the partition behind them keeps flowing.
 * Everything goes to one partition, in order, followed by an ordinary article: once that one is enriched, the
 * listener has got past every poison record. The stage failure comes from a test-only stage, because no shipped
 * stage can be made to have a bug on demand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + EnrichServiceApplication.CONFIG_NAMES,
        "newsflow.enrich.retry-backoff=100ms",
        "newsflow.enrich.max-attempts=3",
        "newsflow.enrich.instance-id=poison-test",
        "newsflow.enrich.stages=clean,language,segment"})
// the raw topic takes records of 6 MB, as a topic configured with a large max.message.bytes would
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"message.max.bytes=6291456", "replica.fetch.max.bytes=6291456"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonRecordKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final FailingStage STAGE = new FailingStage(attempt -> attempt.articleId().contains(":throws-")
            ? new IllegalStateException("a stage failed on this article") : null);

    @TestConfiguration
    static class PipelineWithAFailingStage {
        @Bean
        @Primary
        EnrichmentPipeline failingPipeline() {
            return STAGE.afterRequiredStages();
        }
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 6_291_456),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void disconnect() {
        producer.close();
    }

    @Test
    void deadLettersEveryPoisonRecordWithItsReasonAndKeepsThePartitionFlowing() throws Exception {
        String run = UUID.randomUUID().toString();
        Map<String, byte[]> poison = new LinkedHashMap<>();
        poison.put("test:not-json-" + run, "<html>not an article</html>".getBytes(StandardCharsets.UTF_8));
        poison.put("test:wrong-types-" + run,
                "{\"id\":\"test:wrong-types\",\"ninjs\":\"a string, not an item\"}".getBytes(StandardCharsets.UTF_8));
        poison.put("test:no-ninjs-" + run, "{\"id\":\"test:no-ninjs\"}".getBytes(StandardCharsets.UTF_8));
        poison.put("test:no-id-" + run, serialize(article(null, "A headline", "A body.")));
        poison.put("test:json-null-" + run, "null".getBytes(StandardCharsets.UTF_8));
        poison.put("test:throws-" + run, serialize(article("test:throws-" + run, "A headline", "A body.")));
        byte[] huge = serialize(article("test:huge-" + run, "A headline", "Word ".repeat(1_048_576)));
        poison.put("test:huge-" + run, huge);
        Map<String, Instant> sentAt = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> record : poison.entrySet()) {
            sentAt.put(record.getKey(), Instant.now());
            send(record.getKey(), record.getValue());
        }
        RawArticleEvent after = article("test:after-poison-" + run, "Port of Lisbon reopens",
                "The Port of Lisbon reopened on Tuesday, the harbour authority said.");
        send(after.id(), serialize(after));

        List<ConsumerRecord<String, byte[]>> enriched = readUntil(NewsflowTopics.ENRICHED_ARTICLES, List.of(after.id()));
        List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(NewsflowTopics.DEAD_LETTER,
                List.copyOf(poison.keySet()));

        assertThat(enriched).extracting(ConsumerRecord::key).containsExactly(after.id());
        // the dead-letter topic may have several partitions: its order across them is not the raw order
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(poison.keySet());
        Map<String, String> failureOf = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> deadLetter : deadLetters) {
            failureOf.put(deadLetter.key(), header(deadLetter, "kafka_dlt-exception-fqcn"));
            assertThat(header(deadLetter, "kafka_dlt-exception-message")).isNotBlank();
            assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(NewsflowTopics.RAW_ARTICLES);
            // how long each took to reach the dead-letter topic, for the report: the retried one waits 2 x 100 ms
            System.out.printf("dead-lettered %s after %d ms%n", deadLetter.key(),
                    deadLetter.timestamp() - sentAt.get(deadLetter.key()).toEpochMilli());
        }
        assertThat(failureOf).containsOnly(
                Map.entry("test:not-json-" + run, SerializationException.class.getName()),
                Map.entry("test:wrong-types-" + run, SerializationException.class.getName()),
                Map.entry("test:no-ninjs-" + run, MalformedRawEventException.class.getName()),
                Map.entry("test:no-id-" + run, MalformedRawEventException.class.getName()),
                Map.entry("test:json-null-" + run, MalformedRawEventException.class.getName()),
                Map.entry("test:throws-" + run, IllegalStateException.class.getName()),
                Map.entry("test:huge-" + run, UnprocessableArticleException.class.getName()));
        assertThat(STAGE.attempts("test:throws-" + run)).as("a stage failure is retried first").isEqualTo(3);

        ConsumerRecord<String, byte[]> hugeLetter = withKey(deadLetters, "test:huge-" + run);
        assertThat(header(hugeLetter, "kafka_dlt-exception-message")).contains("more than the 1000000");
        assertThat(header(hugeLetter, DeadLetters.TRUNCATED_HEADER)).isEqualTo(String.valueOf(huge.length));
        assertThat(hugeLetter.value()).isEqualTo(Arrays.copyOf(huge, DeadLetters.KEPT_BYTES));
        assertThat(withKey(deadLetters, "test:not-json-" + run).value()).isEqualTo(poison.get("test:not-json-" + run));
    }

    private static RawArticleEvent article(String id, String headline, String body) {
        NinjsItem ninjs = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T09:00:00Z", null, "usable", "en",
                List.of(new NinjsText("main", null, headline, null)), List.of(NinjsText.plain(body)),
                null, null, null, null, null, null, null);
        return new RawArticleEvent(id, ninjs, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T09:00:01Z"), UUID.randomUUID().toString().replace("-", "").repeat(2));
    }

    private static byte[] serialize(RawArticleEvent raw) {
        return new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, raw);
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, key, value)).get();
    }

    /** Every committed record of {@code topic}, read until each of {@code keys} has been seen, then to the end. */
    private List<ConsumerRecord<String, byte[]>> readUntil(String topic, List<String> keys) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(WAIT);
            while (!records.stream().map(ConsumerRecord::key).toList().containsAll(keys)) {
                assertThat(Instant.now()).as("records " + keys + " on " + topic).isBefore(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            return records;
        }
    }

    private static ConsumerRecord<String, byte[]> withKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
