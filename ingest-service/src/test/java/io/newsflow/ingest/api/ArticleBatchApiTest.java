package io.newsflow.ingest.api;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.IngestServiceWithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.newsflow.ingest.api.ArticlePushApiTest.article;
import static io.newsflow.ingest.api.ArticlePushApiTest.assertProblem;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/articles/batch} (NDJSON) over real HTTP, read back from a real Kafka broker. */
@IngestServiceWithKafka
class ArticleBatchApiTest extends PushApiTest {
    private static final String BATCH = "/api/v1/articles/batch";
    private static final String NDJSON = "application/x-ndjson";

    private static List<JsonNode> resultLines(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(NDJSON));
        assertThat(response.body()).endsWith("\n");
        return Arrays.stream(response.body().split("\n")).map(EventJson.mapper()::readTree).toList();
    }

    private ConsumerRecord<String, byte[]> recordOf(JsonNode result) {
        return topic.recordAt(result.get("partition").asInt(), result.get("offset").asLong());
    }

    private HttpResponse<String> assertNothingPublishedBy(Supplier<HttpResponse<String>> request) {
        long before = topic.totalEndOffset();
        HttpResponse<String> response = request.get();
        assertThat(topic.totalEndOffset()).as("records on the topic after a refused batch").isEqualTo(before);
        return response;
    }

    @Test
    void answers207WithOneResultPerLineAndPublishesOnlyTheValidLines() {
        String marker = "refused-" + UUID.randomUUID();
        String batch = simpleJson(Map.of("id", "batch-a", "headline", "Ferry strike ends", "body", "Crews return."))
                + "\n" + simpleJson(Map.of("body", "A line without headline " + marker))
                + "\n\n"
                + """
                {"uri": "urn:example:wire:batch-b", "headlines": [{"value": "Harbour reopens"}], "bodies": [{"value": "Ships sail."}]}
                """;

        HttpResponse<String> response = client.post(BATCH, NDJSON, batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
        List<JsonNode> results = resultLines(response);
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 4);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(202, 400, 202);

        JsonNode refused = results.get(1);
        assertThat(refused.has("id")).isFalse();
        assertThat(refused.get("problem").get("type").asString()).isEqualTo("urn:newsflow:problem:invalid-article");
        assertThat(refused.get("problem").get("violations").valueStream()
                .map(v -> v.get("field").asString() + " " + v.get("rule").asString())).contains("headline required");

        ConsumerRecord<String, byte[]> first = recordOf(results.get(0));
        ConsumerRecord<String, byte[]> third = recordOf(results.get(2));
        assertThat(first.key()).isEqualTo("push:batch-a").isEqualTo(results.get(0).get("id").asString());
        assertThat(third.key()).isEqualTo("push:urn:example:wire:batch-b");
        validator.assertValidRaw(first.value());
        validator.assertValidRaw(third.value());
        assertThat(topic.allRecords()).noneMatch(
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker));
    }

    @Test
    void answers200WhenEveryLineIsAccepted() {
        String batch = simpleJson(article("Tide tables change", "New tables apply from June.")) + "\n"
                + simpleJson(article("Lighthouse repainted", "The lighthouse is white again.")) + "\n";

        HttpResponse<String> response = client.post(BATCH + "?source=harbour-wire", NDJSON, batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> results = resultLines(response);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(202, 202);
        for (JsonNode result : results) {
            RawArticleEvent event = EventJson.mapper().readValue(recordOf(result).value(), RawArticleEvent.class);
            assertThat(event.source().id()).isEqualTo("harbour-wire");
            assertThat(event.id()).isEqualTo(result.get("id").asString());
        }
    }

    @Test
    void answersALineAlreadyInKafkaAsADuplicateWithTheOriginalRecord() {
        String pushed = simpleJson(Map.of("id", "batch-dup", "headline", "Pier closes", "body", "Storm damage."));
        JsonNode original = IngestClient.json(client.post("/api/v1/articles", "application/json", pushed));
        String batch = pushed + "\n" + simpleJson(Map.of("id", "batch-new", "headline", "Pier reopens",
                "body", "Repairs done.")) + "\n" + pushed + "\n";

        HttpResponse<String> response = client.post(BATCH, NDJSON, batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> results = resultLines(response);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(200, 202, 200);
        assertThat(results).extracting(r -> r.get("duplicate").asBoolean()).containsExactly(true, false, true);
        for (JsonNode duplicate : List.of(results.get(0), results.get(2))) {
            assertThat(duplicate.get("partition").asInt()).isEqualTo(original.get("partition").asInt());
            assertThat(duplicate.get("offset").asLong()).isEqualTo(original.get("offset").asLong());
        }
        assertThat(recordOf(results.get(1)).key()).isEqualTo("push:batch-new");
        assertThat(recordOf(original).key()).isEqualTo("push:batch-dup");
        assertThat(topic.allRecords()).extracting(ConsumerRecord::key).filteredOn(key -> key.startsWith("push:batch-"))
                .containsOnlyOnce("push:batch-dup", "push:batch-new");
    }

    @Test
    void refusesABatchWithMoreLinesThanTheLimit() {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i <= IngestServiceWithKafka.MAX_BATCH_LINES; i++) {
            batch.append(simpleJson(article("Headline " + i, "Body " + i + "."))).append('\n');
        }

        HttpResponse<String> response = assertNothingPublishedBy(() -> client.post(BATCH, NDJSON, batch.toString()));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = IngestClient.json(response);
        assertThat(problem.get("limit").asInt()).isEqualTo(IngestServiceWithKafka.MAX_BATCH_LINES);
        assertThat(problem.get("limitProperty").asString()).isEqualTo("newsflow.ingest.limits.max-batch-lines");
    }

    @Test
    void refusesAChunkedBatchOverTheByteLimitWhileReadingIt() {
        String line = simpleJson(article("Headline", "y".repeat(60 * 1024))) + "\n";
        byte[] batch = line.repeat(5).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = assertNothingPublishedBy(() -> client.postChunked(BATCH, NDJSON, batch));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(IngestClient.json(response).get("limitProperty").asString())
                .isEqualTo("newsflow.ingest.limits.max-batch-size");
    }

    @Test
    void refusesALineOverTheArticleSizeLimitOnItsOwn() {
        String batch = simpleJson(article("Oversized", "z".repeat(70 * 1024))) + "\n"
                + simpleJson(article("Small enough", "Fits.")) + "\n";

        HttpResponse<String> response = client.post(BATCH, NDJSON, batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
        List<JsonNode> results = resultLines(response);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(413, 202);
        assertThat(results.get(0).get("problem").get("limitProperty").asString())
                .isEqualTo("newsflow.ingest.limits.max-article-size");
    }

    @Test
    void refusesAnEmptyBatch() {
        assertProblem(assertNothingPublishedBy(() -> client.post(BATCH, NDJSON, "\n\n")), 400, "(request body)", "required");
    }

    @Test
    void refusesAMalformedSourceForTheWholeBatch() {
        assertProblem(assertNothingPublishedBy(() -> client.post(BATCH + "?source=-bad", NDJSON,
                simpleJson(article("Headline", "Body.")) + "\n")), 400, "source", "source-id");
    }

    @Test
    void refusesJsonSentToTheBatchEndpointNamingNdjson() {
        HttpResponse<String> response = client.post(BATCH, "application/json",
                simpleJson(article("Headline", "Body.")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(IngestClient.json(response).get("supportedMediaTypes").valueStream().map(JsonNode::asString))
                .containsExactly(NDJSON);
    }
}
