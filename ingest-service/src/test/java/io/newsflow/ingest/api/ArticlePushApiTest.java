package io.newsflow.ingest.api;

import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.IngestServiceWithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.newsflow.ingest.IngestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code POST /api/v1/articles} over real HTTP, read back from a real Kafka broker. */
@IngestServiceWithKafka
class ArticlePushApiTest extends PushApiTest {
    static final String ARTICLES = "/api/v1/articles";

    static String simpleJson(Map<String, Object> fields) {
        return EventJson.mapper().writeValueAsString(fields);
    }

    static Map<String, Object> article(String headline, String body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("body", body);
        return fields;
    }

    private ConsumerRecord<String, byte[]> recordOf(HttpResponse<String> accepted) {
        JsonNode answer = json(accepted);
        return topic.recordAt(answer.get("partition").asInt(), answer.get("offset").asLong());
    }

    private static RawArticleEvent event(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), RawArticleEvent.class);
    }

    private HttpResponse<String> assertNothingPublishedBy(Supplier<HttpResponse<String>> request) {
        long before = topic.totalEndOffset();
        HttpResponse<String> response = request.get();
        assertThat(topic.totalEndOffset()).as("records on the topic after a refused request").isEqualTo(before);
        return response;
    }

    static void assertProblem(HttpResponse<String> response, int status, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:newsflow:problem:");
        assertThat(problem.get("detail").asString()).isNotBlank();
        List<String> violations = problem.get("violations").valueStream()
                .map(v -> v.get("field").asString() + " " + v.get("rule").asString()).toList();
        assertThat(violations).contains(field + " " + rule);
    }

    @Test
    void acceptsSimpleJsonOnlyOnceTheRecordIsInKafka() {
        Map<String, Object> sent = article("Council approves harbour bridge",
                "The city council voted 7 to 2 on Monday night to fund a new bridge.");
        sent.put("url", "https://Example.com/harbour/bridge/?utm_source=newsletter#top");
        sent.put("publishedAt", "2024-05-01T21:30:00+02:00");
        sent.put("language", "en");

        HttpResponse<String> response = client.post(ARTICLES, "application/json", simpleJson(sent));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("id").asString()).isEqualTo("push:https://example.com/harbour/bridge");
        assertThat(answer.get("version").asString()).isEqualTo("1");
        assertThat(answer.get("topic").asString()).isEqualTo(properties.topic().name());

        ConsumerRecord<String, byte[]> record = recordOf(response);
        assertThat(record.key()).isEqualTo("push:https://example.com/harbour/bridge");
        validator.assertValidRaw(record.value());
        RawArticleEvent event = event(record);
        assertThat(event.ninjs().mainHeadline()).isEqualTo("Council approves harbour bridge");
        assertThat(event.ninjs().firstCreated()).isEqualTo("2024-05-01T21:30:00+02:00");

        CloudEventAttributes cloudEvent = CloudEventHeaders.read(record.headers());
        assertThat(cloudEvent.id()).isEqualTo(
                CloudEventAttributes.deterministicId(event.id(), "1", event.contentHash()));
        assertThat(cloudEvent.source()).isEqualTo("/newsflow/ingest/push");
        assertThat(cloudEvent.type()).isEqualTo(CloudEventAttributes.RAW_ARTICLE_TYPE);
        assertThat(cloudEvent.subject()).isEqualTo(event.id());
        assertThat(cloudEvent.time()).isEqualTo(event.receivedAt());
        assertThat(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))
                .hasValue("application/json");
    }

    @Test
    void answersAResendAsADuplicateWithTheOriginalRecord() {
        String sent = simpleJson(Map.of("id", "resend-1", "headline", "Ferry strike ends",
                "body", "Crews return to the harbour ferries on Friday."));
        HttpResponse<String> accepted = client.post(ARTICLES, "application/json", sent);
        ConsumerRecord<String, byte[]> first = recordOf(accepted);
        long recordsBefore = topic.totalEndOffset();

        HttpResponse<String> resend = client.post(ARTICLES, "application/json", sent);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).get("duplicate").asBoolean()).isFalse();
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        JsonNode answer = json(resend);
        assertThat(answer.get("duplicate").asBoolean()).isTrue();
        assertThat(answer.get("id").asString()).isEqualTo("push:resend-1");
        assertThat(answer.get("topic").asString()).isEqualTo(properties.topic().name());
        assertThat(answer.get("partition").asInt()).isEqualTo(first.partition());
        assertThat(answer.get("offset").asLong()).isEqualTo(first.offset());
        assertThat(topic.totalEndOffset()).as("records on the topic after the resend").isEqualTo(recordsBefore);
        assertThat(client.get("/actuator/prometheus").body())
                .containsPattern("newsflow_ingest_articles_duplicate_total\\S* [1-9]");
    }

    @Test
    void publishesAChangedVersionOfAnArticleItAlreadyHas() {
        Map<String, Object> sent = article("Ferry timetable", "Ferries leave every hour.");
        sent.put("id", "timetable-1");
        ConsumerRecord<String, byte[]> first = recordOf(client.post(ARTICLES, "application/json", simpleJson(sent)));

        sent.put("body", "Ferries leave every half hour.");
        HttpResponse<String> changed = client.post(ARTICLES, "application/json", simpleJson(sent));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(202);
        assertThat(json(changed).get("duplicate").asBoolean()).isFalse();
        ConsumerRecord<String, byte[]> second = recordOf(changed);
        assertThat(second.offset()).isNotEqualTo(first.offset());
        assertThat(event(second).contentHash()).isNotEqualTo(event(first).contentHash());
        assertThat(CloudEventHeaders.read(second.headers()).id()).isNotEqualTo(CloudEventHeaders.read(first.headers()).id());
    }

    @Test
    void namesTheSourceFromTheQueryParameter() {
        HttpResponse<String> response = client.post(ARTICLES + "?source=harbour-wire", "application/json",
                simpleJson(Map.of("id", "hw-17", "headline", "Tide tables change", "body", "New tables apply.")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        ConsumerRecord<String, byte[]> record = recordOf(response);
        assertThat(record.key()).isEqualTo("harbour-wire:hw-17");
        assertThat(event(record).source().name()).isEqualTo("Harbour Wire");
        assertThat(CloudEventHeaders.read(record.headers()).source()).isEqualTo("/newsflow/ingest/harbour-wire");
    }

    @Test
    void acceptsANinjsItemSentAsJson() {
        String item = """
                {"uri": "https://wire.example/items/ferry-551", "type": "text", "version": "2",
                 "versionCreated": "2024-05-01T07:00:00Z", "language": "en", "slugline": "ferry-strike",
                 "headlines": [{"role": "main", "value": "Ferry strike ends after three weeks"}],
                 "bodies": [{"role": "text", "contentType": "text/plain", "value": "Crews return on Friday."}]}""";

        HttpResponse<String> response = client.post(ARTICLES, "application/json", item);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).get("version").asString()).isEqualTo("2");
        ConsumerRecord<String, byte[]> record = recordOf(response);
        assertThat(record.key()).isEqualTo("push:https://wire.example/items/ferry-551");
        validator.assertValidRaw(record.value());
        RawArticleEvent event = event(record);
        assertThat(event.ninjs().uri()).isEqualTo("https://wire.example/items/ferry-551");
        assertThat(event.ninjs().versionCreated()).isEqualTo("2024-05-01T07:00:00Z");
        assertThat(event.ninjs().otherProperties()).containsEntry("slugline", "ferry-strike");
    }

    @Test
    void acceptsANinjsItemDeclaredWithTheIptcMediaType() {
        String item = """
                {"uri": "urn:example:wire:552",
                 "headlines": [{"value": "Harbour reopens"}], "bodies": [{"value": "Ships sail again."}]}""";

        HttpResponse<String> response = client.post(ARTICLES, "application/vnd.iptc.ninjs+json", item);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        validator.assertValidRaw(recordOf(response).value());
    }

    @Test
    void holdsInputDeclaredAsNinjsToTheNinjsSchemaEvenInTheSimpleShape() {
        HttpResponse<String> response = assertNothingPublishedBy(() -> client.post(ARTICLES,
                "application/vnd.iptc.ninjs+json", simpleJson(article("Harbour reopens", "Ships sail again."))));

        assertProblem(response, 400, "/uri", "required");
    }

    @Test
    void takesTheRealHeadlineOfPlainTextNotItsGluedMasthead() {
        // Written for this test in the shape of text copied from a news page.
        String copiedPage = """
                The Harbour TimesNews Without Fear

                City council approves new harbour bridge after decade of debate

                Workers inspect the old ferry pier at dawn on Tuesday. (Jane Doe/Harbour Times)

                The city council voted 7 to 2 on Monday night to fund a new bridge across the harbour.

                "This is the most important vote we have taken in years," said council member Ana Ruiz.
                """;

        HttpResponse<String> response = client.post(ARTICLES, "text/plain; charset=utf-8", copiedPage);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        ConsumerRecord<String, byte[]> record = recordOf(response);
        validator.assertValidRaw(record.value());
        RawArticleEvent event = event(record);
        assertThat(event.ninjs().mainHeadline())
                .isEqualTo("City council approves new harbour bridge after decade of debate");
        assertThat(event.ninjs().mainBody().value()).contains("voted 7 to 2").doesNotContain("TimesNews");
    }

    @Test
    @Tag("shared")
    void takesTheHeadlineOfTheSharedWashingtonPostSampleNotItsMasthead() throws IOException {
        Path sample = Path.of(System.getProperty("newsflow.shared.dir"), "samples",
                "washingtonpost-venezuela-coup-plot.txt");
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        HttpResponse<String> response = client.post(ARTICLES, "text/plain", Files.readString(sample));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        // The file opens with the masthead glued to its tagline; the headline is the next line.
        assertThat(event(recordOf(response)).ninjs().mainHeadline()).isEqualTo(lines.get(1).strip())
                .isNotEqualTo(lines.get(0).strip());
    }

    @Test
    void keepsAllVersionsOfOneArticleOnOnePartition() {
        assertThat(topic.partitionCount()).as("partitions of the raw topic").isEqualTo(IngestServiceWithKafka.PARTITIONS);

        List<ConsumerRecord<String, byte[]>> versions = new java.util.ArrayList<>();
        for (int version = 1; version <= 4; version++) {
            HttpResponse<String> response = client.post(ARTICLES, "application/json", simpleJson(Map.of(
                    "id", "bridge-vote", "version", String.valueOf(version),
                    "headline", "Council approves harbour bridge (update " + version + ")",
                    "body", "The council voted 7 to 2. Update " + version + ".")));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            versions.add(recordOf(response));
        }

        assertThat(versions).extracting(ConsumerRecord::partition).containsOnly(versions.get(0).partition());
        assertThat(versions).extracting(ConsumerRecord::offset).isSorted().doesNotHaveDuplicates();
        assertThat(versions).extracting(record -> event(record).ninjs().version()).containsExactly("1", "2", "3", "4");
        assertThat(versions).extracting(ConsumerRecord::key).containsOnly("push:bridge-vote");
    }

    @Test
    void refusesInvalidJsonNamingTheSyntaxRule() {
        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json",
                "{\"headline\": \"Council approves")), 400, "(request body)", "syntax");
    }

    @Test
    void refusesAnArticleWithoutHeadline() {
        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json",
                simpleJson(Map.of("body", "The council voted.")))), 400, "headline", "required");
    }

    @Test
    void refusesAUrlThatIsNotHttpOrHttps() {
        Map<String, Object> sent = article("Council approves harbour bridge", "The council voted.");
        sent.put("url", "ftp://example.com/bridge");

        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json", simpleJson(sent))),
                400, "url", "http-or-https-url");
    }

    @Test
    void refusesAPublicationTimeThatIsNotIso8601() {
        Map<String, Object> sent = article("Council approves harbour bridge", "The council voted.");
        sent.put("publishedAt", "Monday night");

        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json", simpleJson(sent))),
                400, "publishedAt", "iso-8601-date-time");
    }

    @Test
    void refusesABodyLongerThanTheConfiguredLimit() {
        String body = "x".repeat(IngestServiceWithKafka.MAX_BODY_CHARS + 1);

        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json",
                simpleJson(article("Council approves harbour bridge", body)))), 400, "body", "max-length");
    }

    @Test
    void refusesAnUnknownPropertyOfASimpleArticle() {
        Map<String, Object> sent = article("Council approves harbour bridge", "The council voted.");
        sent.put("author", "Ana Ruiz");

        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json", simpleJson(sent))),
                400, "author", "unknown-property");
    }

    @Test
    void refusesANinjsItemThatBreaksTheIptcSchema() {
        String item = """
                {"uri": "urn:example:wire:553", "pubStatus": "published",
                 "headlines": [{"value": "Harbour reopens"}], "bodies": [{"value": "Ships sail again."}]}""";

        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES, "application/json", item)),
                400, "/pubStatus", "enum");
    }

    @Test
    void refusesAMalformedSourceParameter() {
        assertProblem(assertNothingPublishedBy(() -> client.post(ARTICLES + "?source=Harbour%20Wire",
                "application/json", simpleJson(article("Harbour reopens", "Ships sail again.")))),
                400, "source", "source-id");
    }

    @Test
    void refusesABodyOverTheArticleSizeLimit() {
        String oversized = simpleJson(article("Council approves harbour bridge", "x".repeat(70 * 1024)));

        HttpResponse<String> response = assertNothingPublishedBy(() ->
                client.post(ARTICLES, "application/json", oversized));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("limit").asLong()).isEqualTo(64 * 1024);
        assertThat(problem.get("limitProperty").asString()).isEqualTo("newsflow.ingest.limits.max-article-size");
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWhileReadingIt() {
        byte[] oversized = ("The council voted. ".repeat(10_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = assertNothingPublishedBy(() ->
                client.postChunked(ARTICLES, "text/plain", oversized));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("limitProperty").asString())
                .isEqualTo("newsflow.ingest.limits.max-article-size");
    }

    @Test
    void refusesAnUnsupportedMediaTypeNamingTheSupportedOnes() {
        HttpResponse<String> response = assertNothingPublishedBy(() -> client.post(ARTICLES, "application/xml",
                "<article><headline>Harbour reopens</headline></article>"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("supportedMediaTypes").valueStream().map(JsonNode::asString).toList())
                .contains("application/json", "application/vnd.iptc.ninjs+json", "text/plain");
        assertThat(problem.get("detail").asString()).contains("application/json", "text/plain");
    }

    @Test
    void countsAcceptedAndRejectedArticlesForPrometheus() {
        client.post(ARTICLES, "application/json", simpleJson(article("Harbour reopens", "Ships sail again.")));
        client.post(ARTICLES, "application/json", simpleJson(Map.of("body", "No headline.")));

        HttpResponse<String> scrape = client.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).containsPattern("newsflow_ingest_articles_accepted_total\\S* [1-9]")
                .containsPattern("newsflow_ingest_articles_rejected_total\\{[^}]*reason=\"invalid-article\"[^}]*} [1-9]")
                .contains("newsflow_ingest_articles_unavailable_total");
        // the feed-state indicator is DOWN for a few seconds after start-up, until its topic is loaded
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(client.get("/actuator/health").body()).contains("\"status\":\"UP\""));
    }
}
