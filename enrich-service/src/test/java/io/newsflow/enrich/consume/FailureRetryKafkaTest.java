package io.newsflow.enrich.consume;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.EventJson;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.FailingStage;
import io.newsflow.enrich.pipeline.RetryableEnrichmentException;
import io.newsflow.enrich.pipeline.UnprocessableArticleException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether enrich-service retries a failed raw record is decided by the failure's type, against a real (embedded,
 * KRaft) broker. The failures come from a test-only stage, because no shipped stage can be made to have a bug or
 * a passing outage on demand; the articles whose id names a failure get it, every other article passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + EnrichServiceApplication.CONFIG_NAMES,
        "newsflow.enrich.retry-backoff=100ms",
        "newsflow.enrich.max-attempts=3",
        // the service's own pipeline is not used here; leaving the model stages out makes it quick to build
        "newsflow.enrich.stages=clean,language,segment"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureRetryKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final FailingStage STAGE = new FailingStage(attempt -> {
        String id = attempt.articleId();
        if (id.contains(":bug-")) {
            return new IllegalArgumentException("a bug in a stage: index -1 out of bounds");
        }
        if (id.contains(":no-text-")) {
            return new UnprocessableArticleException(id, "it has neither a headline nor body text");
        }
        if (id.contains(":outage-") && attempt.number() == 1) {
            return new ModelServerUnavailableException();
        }
        return null;
    });

    @TestConfiguration
    static class FailingPipeline {
        @Bean
        @Primary
        EnrichmentPipeline failingPipeline() {
            return STAGE.afterRequiredStages();
        }
    }

    /** What a stage calling a remote model might throw while the model server restarts. */
    static final class ModelServerUnavailableException extends RetryableEnrichmentException {
        ModelServerUnavailableException() {
            super("the model server did not answer", null);
        }
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> enrichedConsumer;
    private KafkaConsumer<String, byte[]> deadLetterConsumer;
    private final Map<KafkaConsumer<String, byte[]>, List<ConsumerRecord<String, byte[]>>> seen =
            new IdentityHashMap<>();

    @BeforeAll
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        enrichedConsumer = consumer(NewsflowTopics.ENRICHED_ARTICLES);
        deadLetterConsumer = consumer(NewsflowTopics.DEAD_LETTER);
    }

    @AfterAll
    void disconnect() {
        producer.close();
        enrichedConsumer.close();
        deadLetterConsumer.close();
    }

    @Test
    void retriesABugBeforeDeadLetteringItInsteadOfTakingItForBadInput() throws Exception {
        String id = "test:bug-" + UUID.randomUUID();
        send(article(id));

        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(deadLetterConsumer, id);
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(STAGE.attempts(id)).isEqualTo(3);
    }

    @Test
    void deadLettersAPermanentFailureAtTheFirstAttempt() throws Exception {
        String id = "test:no-text-" + UUID.randomUUID();
        send(article(id));

        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(deadLetterConsumer, id);
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                .isEqualTo(UnprocessableArticleException.class.getName());
        assertThat(STAGE.attempts(id)).isEqualTo(1);
    }

    @Test
    void publishesTheArticleWhenARetryableFailureHasPassed() throws Exception {
        String id = "test:outage-" + UUID.randomUUID();
        send(article(id));

        ConsumerRecord<String, byte[]> record = awaitRecord(enrichedConsumer, id);
        assertThat(EventJson.mapper().readValue(record.value(), EnrichedArticleEvent.class).enrichment().stagesRun())
                .containsExactly("clean", "language", "segment", "failing");
        assertThat(STAGE.attempts(id)).isEqualTo(2);
    }

    private static RawArticleEvent article(String id) {
        NinjsItem ninjs = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T09:00:00Z", null, "usable", "en",
                List.of(new NinjsText("main", null, "Port of Lisbon reopens", null)),
                List.of(NinjsText.plain("The Port of Lisbon reopened on Tuesday, the harbour authority said.")),
                null, null, null, null, null, null, null);
        return new RawArticleEvent(id, ninjs, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T09:00:01Z"), "0".repeat(64));
    }

    private void send(RawArticleEvent raw) throws Exception {
        producer.send(new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, raw.id(),
                new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, raw))).get();
    }

    /** A read_committed consumer, as every reader of newsflow's topics is. */
    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Polls until a record with this key arrives; records with other keys are kept for later calls. */
    private ConsumerRecord<String, byte[]> awaitRecord(KafkaConsumer<String, byte[]> consumer, String key) {
        List<ConsumerRecord<String, byte[]>> records = seen.computeIfAbsent(consumer, c -> new ArrayList<>());
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<ConsumerRecord<String, byte[]>> match =
                    records.stream().filter(r -> key.equals(r.key())).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        throw new AssertionError("No record with key " + key + " within " + WAIT);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
