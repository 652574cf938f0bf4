package io.newsflow.ingest.api;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.IngestServiceApplication;
import io.newsflow.ingest.web.fetch.LocalHttpServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.newsflow.ingest.IngestClient.json;
import static io.newsflow.ingest.api.ArticlePushApiTest.assertProblem;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/articles?fetchPage=true} fetching a page we wrote from a real server and publishing
 * its article. The server is on 127.0.0.1, so this service is configured as on a developer's machine
 * ({@code allow-private-addresses}); {@link PageFetchRefusalTest} shows the production setting refusing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
        "spring.kafka.bootstrap-servers=${" + PageFetchPublishTest.BROKERS + "}",
        "newsflow.ingest.page-fetch.allowed-hosts=127.0.0.1",
        "newsflow.ingest.page-fetch.allow-private-addresses=true"})
@EmbeddedKafka(bootstrapServersProperty = PageFetchPublishTest.BROKERS)
@ActiveProfiles("local")
class PageFetchPublishTest extends PushApiTest {
    /**
     * The embedded broker publishes its address as a JVM-wide system property. Under spring.kafka.bootstrap-servers
     * it would point the other cached test contexts, which read that property, at this context's broker.
     */
    static final String BROKERS = "newsflow.test.page-fetch-publish.brokers";
    private static final String FETCH_PAGE = PageFetchRefusalTest.FETCH_PAGE;

    private final LocalHttpServer pages = new LocalHttpServer();

    @BeforeEach
    void servePages() {
        pages.serveBytes("/news/harbour-ferry.html", LocalHttpServer.resource("/feeds/html/jsonld-news-article.html"),
                        Map.of("Content-Type", "text/html; charset=utf-8"))
                .serveBytes("/sign-in.html", LocalHttpServer.resource("/feeds/html/no-article-text.html"),
                        Map.of("Content-Type", "text/html"))
                .serve("/gone.html", exchange -> exchange.sendResponseHeaders(404, -1));
    }

    @AfterEach
    void closePages() {
        pages.close();
    }

    private RawArticleEvent published(HttpResponse<String> accepted) {
        JsonNode answer = json(accepted);
        ConsumerRecord<String, byte[]> record = topic.recordAt(answer.get("partition").asInt(),
                answer.get("offset").asLong());
        validator.assertValidRaw(record.value());
        return EventJson.mapper().readValue(record.value(), RawArticleEvent.class);
    }

    @Test
    void publishesTheArticleExtractedFromTheFetchedPage() {
        String url = pages.uri("/news/harbour-ferry.html").toString();

        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json", simpleJson(Map.of("url", url)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        RawArticleEvent event = published(response);
        assertThat(event.id()).isEqualTo("harbour-courier:" + url);
        assertThat(event.ninjs().mainHeadline()).isEqualTo("Harbour ferry returns to service after winter storm repairs");
        assertThat(event.ninjs().by()).isEqualTo("Mira Okafor and Tomas Lindqvist");
        assertThat(event.ninjs().firstCreated()).isEqualTo("2024-03-14T07:15:00Z");
        assertThat(event.ninjs().language()).isEqualTo("en-GB");
        assertThat(event.ninjs().mainBody().value())
                .startsWith("The harbour ferry carried its first passengers in six weeks")
                .endsWith("until the summer timetable starts in May.")
                .doesNotContain("Photo:", "Advertisement", "Related stories", "Read more", "Sign up", "tracking");
        assertThat(pages.received()).extracting(LocalHttpServer.Received::path)
                .containsExactly("/news/harbour-ferry.html");
    }

    @Test
    void letsFieldsTheClientSentWinOverThePage() {
        String url = pages.uri("/news/harbour-ferry.html").toString();

        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json", simpleJson(Map.of(
                "url", url, "headline", "Ferry back after repairs", "byline", "Courier newsroom")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        RawArticleEvent event = published(response);
        assertThat(event.ninjs().mainHeadline()).isEqualTo("Ferry back after repairs");
        assertThat(event.ninjs().by()).isEqualTo("Courier newsroom");
        assertThat(event.ninjs().firstCreated()).isEqualTo("2024-03-14T07:15:00Z");
    }

    @Test
    void answersBadGatewayWhenThePageCannotBeFetched() {
        long before = topic.totalEndOffset();

        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json",
                simpleJson(Map.of("url", pages.uri("/gone.html").toString())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:newsflow:problem:page-fetch-failed");
        assertThat(problem.get("reason").asString()).isEqualTo("http-4xx");
        assertThat(topic.totalEndOffset()).isEqualTo(before);
    }

    @Test
    void refusesAPageWithoutArticleText() {
        long before = topic.totalEndOffset();

        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json",
                simpleJson(Map.of("url", pages.uri("/sign-in.html").toString())));

        assertProblem(response, 400, "url", "no-article-text");
        assertThat(topic.totalEndOffset()).isEqualTo(before);
    }
}
