package io.newsflow.enrich.consume;

import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.common.serde.EventJson;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
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
 * enrich-service against a real (embedded, KRaft) Kafka broker: raw records in, enriched records or dead
 * letters out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + EnrichServiceApplication.CONFIG_NAMES,
        "newsflow.enrich.retry-backoff=100ms"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichServiceKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

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
    void publishesEnrichedArticleWithSameKeyAndCloudEventsHeaders() throws Exception {
        RawArticleEvent raw = article("test:summit-1", "Ana Ferreira meets Olaf Brandt in Brussels",
                "Portuguese Prime Minister Ana Ferreira met German Chancellor Olaf Brandt in Brussels on Monday. "
                        + "Ferreira said the European Commission would publish its proposal next week.");
        send(raw.id(), new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, raw));

        ConsumerRecord<String, byte[]> record = awaitRecord(enrichedConsumer, raw.id());
        CloudEventAttributes attributes = CloudEventHeaders.read(record.headers());
        assertThat(attributes.type()).isEqualTo(CloudEventAttributes.ENRICHED_ARTICLE_TYPE);
        assertThat(attributes.subject()).isEqualTo(raw.id());
        assertThat(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))
                .contains("application/json");

        new EventSchemaValidator().assertValidEnriched(record.value());
        EnrichedArticleEvent enriched = EventJson.mapper().readValue(record.value(), EnrichedArticleEvent.class);
        assertThat(enriched.ninjs().people()).extracting(NinjsEntityRef::name)
                .contains("Ana Ferreira", "Olaf Brandt");
        assertThat(enriched.ninjs().places()).extracting(NinjsEntityRef::name).contains("Brussels");
        assertThat(enriched.ninjs().organisations()).extracting(NinjsEntityRef::name)
                .contains("European Commission");
        assertThat(enriched.contentHash()).isEqualTo(raw.contentHash());
    }

    @Test
    void deadLettersRecordThatIsNotJsonAndCarriesOn() throws Exception {
        byte[] garbage = "this is not an article".getBytes(StandardCharsets.UTF_8);
        String poisonKey = "test:poison-" + UUID.randomUUID();
        send(poisonKey, garbage);
        RawArticleEvent next = article("test:after-poison-" + UUID.randomUUID(), "Port of Lisbon reopens",
                "The Port of Lisbon reopened on Tuesday, the harbour authority in Lisbon said.");
        send(next.id(), new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, next));

        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(deadLetterConsumer, poisonKey);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("not a valid RawArticleEvent");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(NewsflowTopics.RAW_ARTICLES);
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();

        assertThat(awaitRecord(enrichedConsumer, next.id())).isNotNull();
    }

    @Test
    void deadLettersArticleWithoutAnyText() throws Exception {
        RawArticleEvent empty = article("test:empty-" + UUID.randomUUID(), "", "");
        send(empty.id(), new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, empty));

        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(deadLetterConsumer, empty.id());
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).endsWith("UnprocessableArticleException");
    }

    @Test
    void passesRetractionThroughForDownstreamToActOn() throws Exception {
        String id = "test:retracted-" + UUID.randomUUID();
        NinjsItem canceled = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "2", null,
                "2026-11-26T10:00:00Z", null, PubStatus.CANCELED, "en", null, null, null, null, null, null,
                null, null, null);
        RawArticleEvent retraction = new RawArticleEvent(id, canceled, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T10:00:01Z"), "1".repeat(64));
        send(id, new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, retraction));

        ConsumerRecord<String, byte[]> record = awaitRecord(enrichedConsumer, id);
        new EventSchemaValidator().assertValidEnriched(record.value());
        EnrichedArticleEvent passed = EventJson.mapper().readValue(record.value(), EnrichedArticleEvent.class);
        assertThat(passed.ninjs().isRetraction()).isTrue();
        assertThat(passed.ninjs().version()).isEqualTo("2");
        assertThat(passed.enrichment().stagesRun()).containsExactly(EnrichmentPipeline.RETRACTION_PASSTHROUGH);
        assertThat(passed.enrichment().entities()).isEmpty();
    }

    private static RawArticleEvent article(String id, String headline, String body) {
        NinjsItem ninjs = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T09:00:00Z", null, "usable", "en",
                headline.isEmpty() ? List.of() : List.of(new NinjsText("main", null, headline, null)),
                body.isEmpty() ? List.of() : List.of(NinjsText.plain(body)),
                null, null, null, null, null, null, null);
        return new RawArticleEvent(id, ninjs, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T09:00:01Z"), "0".repeat(64));
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, key, value)).get();
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
