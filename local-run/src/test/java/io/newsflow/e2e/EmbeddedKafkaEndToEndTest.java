package io.newsflow.e2e;

import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ingest → Kafka → enrich → Kafka on a real KRaft broker running in this JVM, plus the wire format checked
 * with kcat, an independent client, in both directions.
 */
@EmbeddedKafka(partitions = 3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedKafkaEndToEndTest {
    private String bootstrapServers;
    private RunningServices services;
    /**
     * The scenario's article, posted once for the class: ingest answers a second push of the same version as a
     * duplicate instead of writing it again, so the tests that read its enriched record share one post.
     */
    private ConsumerRecord<String, byte[]> enrichedArticle;

    @BeforeAll
    void startServices() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        bootstrapServers = broker.getBrokersAsString();
        services = RunningServices.start(bootstrapServers);
    }

    @AfterAll
    void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void postedArticleComesOutEnrichedWithPeopleOrganisationsAndPlaces() throws Exception {
        ConsumerRecord<String, byte[]> record = enrichedArticle();

        ArticleScenario.assertEnrichedLikeAnEditorWould(record);
        CloudEventAttributes attributes = CloudEventHeaders.read(record.headers());
        assertThat(attributes.type()).isEqualTo(CloudEventAttributes.ENRICHED_ARTICLE_TYPE);
        assertThat(attributes.subject()).isEqualTo(record.key());
    }

    @Test
    void enrichedRecordReadWithKcatCarriesCloudEventsHeadersAndAValidPayload() throws Exception {
        Kcat.assumeInstalled();
        String id = enrichedArticle().key();

        String output = Kcat.run(List.of("-b", bootstrapServers, "-C", "-t", NewsflowTopics.ENRICHED_ARTICLES,
                "-o", "beginning", "-e", "-q", "-J"), null);

        JsonNode message = output.lines().map(line -> EventJson.mapper().readTree(line))
                .filter(m -> id.equals(m.get("key").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("kcat did not see key " + id + ":\n" + output));
        Map<String, String> headers = headers(message.get("headers"));
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", CloudEventAttributes.ENRICHED_ARTICLE_TYPE)
                .containsEntry("ce_subject", id)
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_source", "ce_time");
        assertThat(Instant.parse(headers.get("ce_time"))).isBefore(Instant.now());
        String payload = message.get("payload").asString();
        new EventSchemaValidator().assertValidEnriched(payload);
        assertThat(EventJson.mapper().readValue(payload, EnrichedArticleEvent.class).id()).isEqualTo(id);
    }

    @Test
    void rawEventWrittenWithKcatIsEnriched() throws Exception {
        Kcat.assumeInstalled();
        String id = "kcat:" + UUID.randomUUID();
        NinjsItem ninjs = new NinjsItem("urn:newsflow:kcat:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T08:00:00Z", null, "usable", "en",
                List.of(new NinjsText("main", null, "Lena Hartmann elected mayor of Leipzig", null)),
                List.of(NinjsText.plain("Lena Hartmann won the mayoral election in Leipzig on Sunday. "
                        + "Hartmann, a former Siemens engineer, takes office in January.")),
                null, null, null, null, null, null, null);
        String raw = EventJson.mapper().writeValueAsString(new RawArticleEvent(id, ninjs,
                new SourceInfo("kcat", "kcat", null), Instant.now(), "a".repeat(64)));
        new EventSchemaValidator().assertValidRaw(raw);

        Kcat.run(List.of("-b", bootstrapServers, "-P", "-t", NewsflowTopics.RAW_ARTICLES, "-k", id,
                "-H", "ce_specversion=1.0", "-H", "ce_id=" + UUID.randomUUID(), "-H", "ce_source=/kcat",
                "-H", "ce_type=" + CloudEventAttributes.RAW_ARTICLE_TYPE, "-H", "ce_time=" + Instant.now(),
                "-H", "content-type=application/json"), (raw + "\n").getBytes(StandardCharsets.UTF_8));

        try (TopicWatcher enriched = new TopicWatcher(bootstrapServers, NewsflowTopics.ENRICHED_ARTICLES)) {
            ConsumerRecord<String, byte[]> record = enriched.await(id, ArticleScenario.ENRICHED_WITHIN);
            EnrichedArticleEvent event = EventJson.mapper().readValue(record.value(), EnrichedArticleEvent.class);
            assertThat(event.ninjs().people()).extracting(NinjsEntityRef::name).contains("Lena Hartmann");
            assertThat(event.ninjs().places()).extracting(NinjsEntityRef::name).contains("Leipzig");
        }
    }

    private ConsumerRecord<String, byte[]> enrichedArticle() throws IOException, InterruptedException {
        if (enrichedArticle == null) {
            enrichedArticle = ArticleScenario.postAndAwaitEnriched(services, bootstrapServers);
        }
        return enrichedArticle;
    }

    /** kcat -J writes headers as a flat array: name, value, name, value, ... */
    private static Map<String, String> headers(JsonNode flat) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            headers.put(flat.get(i).asString(), flat.get(i + 1).asString());
        }
        return headers;
    }
}
