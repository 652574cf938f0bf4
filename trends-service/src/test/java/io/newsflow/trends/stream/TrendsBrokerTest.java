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

        try (KafkaProducer<String, byte[]> producer = producer()) {
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

    @Test
    void wireCopyRepublishedAndFollowedUpIsOneStoryAndAnUnrelatedStoryIsAnother() throws Exception {
        Instant monday = Instant.parse("2026-12-07T06:00:00Z");
        EnrichedEventJson original = strikeArticle("wire:strike-1", "original.txt", monday);
        EnrichedEventJson republished = strikeArticle("ledger:strike", "republished.txt", monday.plusSeconds(1800));
        EnrichedEventJson followUp = strikeArticle("wire:strike-2", "follow-up.txt", monday.plusSeconds(26 * 3600));
        String[] museumText = WireCopy.read("unrelated.txt");
        EnrichedEventJson museum = EnrichedEventJson.article("wire:museum", "1", monday.plusSeconds(600))
                .text(museumText[0], museumText[1])
                .entity("ORGANIZATION", "Museum Boijmans Van Beuningen", 1, 0.3)
                .entity("LOCATION", "Rotterdam", 1, 0.0).entity("PERSON", "Ina Klaassen", 1, 0.2);

        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, original, "ce-strike-1");
            send(producer, museum, "ce-museum-1");
            send(producer, republished, "ce-ledger-strike-1");
            send(producer, followUp, "ce-strike-2");
            producer.flush();
        }
        Map<String, JsonNode> stories = awaitLatest("newsflow.stories.v1", latest -> latest.values().stream()
                .anyMatch(story -> story.get("articleCount").asInt() == 3));
        JsonNode strike = stories.values().stream().filter(story -> story.get("articleCount").asInt() == 3)
                .findFirst().orElseThrow();
        assertThat(strike.get("articles").findValuesAsString("id"))
                .containsExactly("wire:strike-1", "ledger:strike", "wire:strike-2");
        assertThat(strike.get("articles").findValuesAsString("relation"))
                .containsExactly("first", "near-duplicate", "follow-up");
        assertThat(strike.get("sources").toString()).contains("wire", "ledger");
        assertThat(stories.values()).filteredOn(story -> story.toString().contains("wire:museum"))
                .singleElement().satisfies(story -> assertThat(story.get("articleCount").asInt()).isEqualTo(1));

        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, EnrichedEventJson.article("ledger:strike", "2", monday.plusSeconds(1800)).retracted(),
                    "ce-ledger-strike-2");
        }
        String strikeId = strike.get("id").asString();
        Map<String, JsonNode> afterRetraction = awaitLatest("newsflow.stories.v1",
                latest -> latest.containsKey(strikeId) && latest.get(strikeId).get("articleCount").asInt() == 2);
        assertThat(afterRetraction.get(strikeId).get("articles").findValuesAsString("id"))
                .containsExactly("wire:strike-1", "wire:strike-2");
    }

    private static EnrichedEventJson strikeArticle(String id, String file, Instant published) throws Exception {
        String[] text = WireCopy.read(file);
        return EnrichedEventJson.article(id, "1", published).text(text[0], text[1])
                .entity("LOCATION", "Rotterdam", 3, 0.0).entity("ORGANIZATION", "FNV", 2, -0.1)
                .entity("PERSON", "Marieke de Groot", 1, -0.2).entity("LOCATION", "Antwerp", 1, 0.0);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
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
