package io.newsflow.e2e;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end scenario, independent of how the broker was started: post a plain-text article copied from
 * a web page to ingest-service over HTTP and read the enriched event back from the enriched topic.
 */
final class ArticleScenario {
    static final Duration ENRICHED_WITHIN = Duration.ofSeconds(90);

    private ArticleScenario() {
    }

    /** Posts the article and returns its enriched record, after checking the 202 answer. */
    static ConsumerRecord<String, byte[]> postAndAwaitEnriched(RunningServices services, String bootstrapServers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(services.ingestUri("/api/v1/articles?source=e2e"))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(articleText(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = EventJson.mapper().readTree(response.body());
        assertThat(accepted.get("topic").asString()).isEqualTo(NewsflowTopics.RAW_ARTICLES);
        String id = accepted.get("id").asString();
        assertThat(id).startsWith("e2e:");

        try (TopicWatcher enriched = new TopicWatcher(bootstrapServers, NewsflowTopics.ENRICHED_ARTICLES)) {
            return enriched.await(id, ENRICHED_WITHIN);
        }
    }

    /** What a news editor would mark up in harbour-strike.txt. */
    static void assertEnrichedLikeAnEditorWould(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        new EventSchemaValidator().assertValidEnriched(json);
        EnrichedArticleEvent event = EventJson.mapper().readValue(json, EnrichedArticleEvent.class);

        assertThat(event.ninjs().mainHeadline())
                .isEqualTo("Dockworkers walk out at Port of Rotterdam as talks with terminal operators collapse");
        assertThat(event.ninjs().people()).extracting(NinjsEntityRef::name)
                .contains("Marieke de Groot", "Hendrik Aalders")
                .doesNotContain("De Groot", "Aalders", "Pieter Vos", "Jan Bakker", "Sofie Peeters");
        assertThat(event.ninjs().organisations()).extracting(NinjsEntityRef::name).contains("FNV", "Maersk");
        assertThat(event.ninjs().places()).extracting(NinjsEntityRef::name).contains("Antwerp", "The Hague");
        assertThat(event.enrichment().cleanedText())
                .doesNotContain("Independent Since 1921", "(Pieter Vos/Harbour Ledger)",
                        "Shipping lines diverting cargo", "contributed to this report");
    }

    static String articleText() throws IOException {
        try (InputStream in = ArticleScenario.class.getResourceAsStream("/e2e/harbour-strike.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
