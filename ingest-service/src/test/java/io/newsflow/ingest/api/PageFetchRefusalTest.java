package io.newsflow.ingest.api;

import io.newsflow.ingest.IngestServiceApplication;
import io.newsflow.ingest.web.fetch.LocalHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.newsflow.ingest.api.ArticlePushApiTest.assertProblem;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/articles?fetchPage=true} refusing URLs a client sends: pages are fetched only from
 * allowed hosts, and never from loopback or private addresses, even on an allowed host. A real page server
 * runs on 127.0.0.1 so that each test can show no request ever reached it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
        "spring.kafka.bootstrap-servers=${" + PageFetchRefusalTest.BROKERS + "}",
        "newsflow.ingest.page-fetch.allowed-hosts=localhost,*.courier.example.org"})
@EmbeddedKafka(bootstrapServersProperty = PageFetchRefusalTest.BROKERS)
@ActiveProfiles("local")
class PageFetchRefusalTest extends PushApiTest {
    /**
     * The embedded broker publishes its address as a JVM-wide system property. Under spring.kafka.bootstrap-servers
     * it would point the other cached test contexts, which read that property, at this context's broker.
     */
    static final String BROKERS = "newsflow.test.page-fetch-refusal.brokers";
    static final String FETCH_PAGE = "/api/v1/articles?source=harbour-courier&fetchPage=true";

    private final LocalHttpServer pages = new LocalHttpServer();

    @BeforeEach
    void servePages() {
        pages.serveBytes("/story.html", LocalHttpServer.resource("/feeds/html/jsonld-news-article.html"),
                Map.of("Content-Type", "text/html; charset=utf-8"));
    }

    @AfterEach
    void closePages() {
        pages.close();
    }

    private HttpResponse<String> postUrl(String url) {
        long before = topic.totalEndOffset();
        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json", simpleJson(Map.of("url", url)));
        assertThat(topic.totalEndOffset()).as("records on the topic after a refused request").isEqualTo(before);
        return response;
    }

    @Test
    void refusesAUrlOnAHostOffTheAllowListWithoutRequestingIt() {
        HttpResponse<String> response = postUrl(pages.uri("/story.html").toString());

        assertProblem(response, 403, "url", "host-not-allowed");
        assertThat(pages.received()).isEmpty();
    }

    @Test
    void refusesAnAllowedHostThatResolvesToLoopbackWithoutRequestingIt() {
        HttpResponse<String> response = postUrl("http://localhost:" + pages.port() + "/story.html");

        assertProblem(response, 403, "url", "address-not-allowed");
        assertThat(pages.received()).isEmpty();
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        HttpResponse<String> response = postUrl("file:///etc/passwd");

        assertProblem(response, 400, "url", "http-or-https-url");
    }

    @Test
    void refusesABodySentAlongWithFetchPage() {
        long before = topic.totalEndOffset();
        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json", simpleJson(Map.of(
                "url", "http://localhost:" + pages.port() + "/story.html", "body", "Text sent by the client.")));

        assertProblem(response, 400, "body", "not-with-fetch-page");
        assertThat(topic.totalEndOffset()).isEqualTo(before);
        assertThat(pages.received()).isEmpty();
    }

    @Test
    void refusesFetchPageWithoutAUrl() {
        HttpResponse<String> response = client.post(FETCH_PAGE, "application/json",
                simpleJson(Map.of("headline", "Harbour ferry returns")));

        assertProblem(response, 400, "url", "required");
    }

    @Test
    void stillRequiresABodyWithoutFetchPage() {
        HttpResponse<String> response = client.post("/api/v1/articles?source=harbour-courier", "application/json",
                simpleJson(Map.of("url", "http://localhost:" + pages.port() + "/story.html",
                        "headline", "Harbour ferry returns")));

        assertProblem(response, 400, "body", "required");
        assertThat(pages.received()).isEmpty();
    }
}
