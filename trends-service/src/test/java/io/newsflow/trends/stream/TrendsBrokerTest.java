package io.newsflow.trends.stream;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trends topology in the running service against a real (embedded, KRaft) broker: an update replaces the old
 * version in every count, a retraction removes the article, and a resent event (same {@code ce_id}) counts once.
 * The compacted trends topics are read as a dashboard would: the latest value per key, read_committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES,
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/trends-broker-test-${random.uuid}"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class TrendsBrokerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant MORNING = Instant.parse("2026-12-07T08:05:00Z");

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void updateReplacesRetractionRemovesAndDuplicateCountsOnce() throws Exception {
        EnrichedEventJson harbourV1 = EnrichedEventJson.article("wire:harbour-strike", "1", MORNING)
                .text("Dockworkers strike in Rotterdam", "Marieke de Groot led the strike in Rotterdam.")
                .entity("PERSON", "Marieke de Groot", 2, -0.4).entity("LOCATION", "Rotterdam", 3, 0.0)
                .topic("medtop:09000000", "labour").tone(-0.5);
        EnrichedEventJson harbourV2 = EnrichedEventJson.article("wire:harbour-strike", "2", MORNING)
                .text("Dockworkers strike spreads to Antwerp", "Marieke de Groot said the strike reached Antwerp.")
                .entity("PERSON", "Marieke de Groot", 1, 0.2).entity("LOCATION", "Antwerp", 2, 0.0)
                .topic("medtop:09000000", "labour").tone(-0.1);
        EnrichedEventJson ledger = EnrichedEventJson.article("ledger:port-talks", "1", MORNING.plusSeconds(300))
                .text("Port talks collapse", "Talks with Marieke De Groot collapsed.")
                .entity("PERSON", "Marieke De Groot", 1, -0.6)
                .topic("medtop:09000000", "labour").tone(-0.7);
        EnrichedEventJson ledgerRetraction = EnrichedEventJson.article("ledger:port-talks", "2",
                MORNING.plusSeconds(300)).retracted();

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer())) {
            send(producer, harbourV1, "ce-harbour-1");
            send(producer, ledger, "ce-ledger-1");
            send(producer, harbourV1, "ce-harbour-1");   // resent: same ce_id
            send(producer, harbourV2, "ce-harbour-2");   // update
            send(producer, ledgerRetraction, "ce-ledger-2");
            producer.flush();
        }

        String hour = "|1h|2026-12-07T08:00:00Z";
        // partitions run independently, so intermediate states pass by; the final one is the only one in which
        // the person counts one article with the updated version's sentiment
        Map<String, JsonNode> entities = awaitLatest("newsflow.trends.entities.v1", latest ->
                articles(latest, "PERSON:marieke de groot" + hour) == 1
                        && latest.get("PERSON:marieke de groot" + hour).get("meanSentiment").asDouble() == 0.2
                        && !latest.containsKey("LOCATION:rotterdam" + hour)
                        && articles(latest, "LOCATION:antwerp" + hour) == 1);
        JsonNode person = entities.get("PERSON:marieke de groot" + hour);
        assertThat(person.get("mentions").asLong()).as("mentions of the updated version only").isEqualTo(1);
        assertThat(person.get("meanSentiment").asDouble()).isEqualTo(0.2);
        assertThat(person.get("articleIds").toString()).contains("wire:harbour-strike").doesNotContain("ledger");
        assertThat(person.get("related").get(0).get("key").asString()).isEqualTo("LOCATION:antwerp");
        assertThat(entities.get("PERSON:marieke de groot|15m|2026-12-07T08:00:00Z").get("articles").asLong())
                .isEqualTo(1);
        assertThat(entities.get("PERSON:marieke de groot|1d|2026-12-07T00:00:00Z").get("articles").asLong())
                .isEqualTo(1);

        Map<String, JsonNode> topics = awaitLatest("newsflow.trends.topics.v1",
                latest -> articles(latest, "medtop:09000000" + hour) == 1
                        && latest.get("medtop:09000000" + hour).get("meanSentiment").asDouble() == -0.1);
        assertThat(topics.get("medtop:09000000" + hour).get("articleIds").toString())
                .contains("wire:harbour-strike").doesNotContain("ledger");

        Map<String, JsonNode> places = awaitLatest("newsflow.trends.places.v1",
                latest -> articles(latest, "LOCATION:antwerp" + hour) == 1);
        assertThat(places).doesNotContainKey("LOCATION:rotterdam" + hour);
    }

    private static long articles(Map<String, JsonNode> latest, String key) {
        JsonNode value = latest.get(key);
        return value == null ? 0 : value.get("articles").asLong();
    }

    private static void send(KafkaProducer<String, byte[]> producer, EnrichedEventJson event, String ceId)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("newsflow.articles.enriched.v1", event.id(),
                event.bytes());
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    /** Reads the topic as a compacted table (latest value per key, tombstones delete) until the condition holds. */
    private Map<String, JsonNode> awaitLatest(String topic, Predicate<Map<String, JsonNode>> condition) {
        Map<String, JsonNode> latest = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), JSON.readTree(record.value()));
                    }
                });
                if (condition.test(latest)) {
                    return latest;
                }
            }
        }
        throw new AssertionError("trends on " + topic + " never reached the expected state; last seen: "
                + latest.keySet());
    }
}
