package io.newsflow.ingest.api;

import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.ingest.publish.RawArticlePublisher;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import io.newsflow.ingest.IngestServiceApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.newsflow.ingest.api.ArticlePushApiTest.article;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service pointed at a local port nobody listens on: every article must be answered 503 with
 * Retry-After within the publish timeout, never 2xx. In the local profile, so no API key is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
        "newsflow.ingest.publish-timeout=" + KafkaUnreachableTest.PUBLISH_TIMEOUT_MS + "ms",
        "newsflow.ingest.retry-after=7s",
        // Creating the topic would wait out the admin client's timeout at startup for nothing.
        "spring.kafka.admin.auto-create=false"})
@ActiveProfiles("local")
class KafkaUnreachableTest {
    static final int PUBLISH_TIMEOUT_MS = 1500;
    /** The answer must come within the publish timeout; the margin covers a busy machine, not a second wait. */
    private static final Duration ANSWER_BOUND = Duration.ofMillis(PUBLISH_TIMEOUT_MS).plusSeconds(10);

    @LocalServerPort
    int port;

    private IngestClient client;

    @DynamicPropertySource
    static void kafkaOnAClosedPort(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final ListAppender<ILoggingEvent> publisherLog = new ListAppender<>();

    @BeforeEach
    void connect() {
        client = new IngestClient(port);
        publisherLog.start();
        ((Logger) LoggerFactory.getLogger(RawArticlePublisher.class)).addAppender(publisherLog);
    }

    @AfterEach
    void detach() {
        ((Logger) LoggerFactory.getLogger(RawArticlePublisher.class)).detachAppender(publisherLog);
    }

    @Test
    void answers503WithRetryAfterWhenKafkaIsUnreachable() {
        HttpResponse<String> response = client.postWithin(ANSWER_BOUND, "/api/v1/articles", "application/json",
                simpleJson(article("Ferry strike ends", "Crews return on Friday.")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = IngestClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:newsflow:problem:kafka-unavailable");
        assertThat(problem.get("retryAfterSeconds").asInt()).isEqualTo(7);
        assertThat(problem.get("detail").asString()).contains("Send it again later");
        // the warning names the article and the push request's trace, so it can be followed across services
        ILoggingEvent warning = publisherLog.list.stream().filter(e -> e.getLevel() == Level.WARN).findFirst()
                .orElseThrow();
        assertThat(warning.getMDCPropertyMap().get("articleId")).startsWith("push:");
        assertThat(warning.getMDCPropertyMap().get("traceId")).matches("[0-9a-f]{32}");
    }

    @Test
    void answersABatch503WithRetryAfterNamingTheArticlesToResend() {
        String batch = simpleJson(Map.of("id", "ferry-1", "headline", "Ferry strike ends", "body", "Crews return."))
                + "\n" + simpleJson(Map.of("body", "No headline.")) + "\n"
                + simpleJson(Map.of("id", "ferry-2", "headline", "Harbour reopens", "body", "Ships sail.")) + "\n";

        HttpResponse<String> response = client.postWithin(ANSWER_BOUND, "/api/v1/articles/batch",
                "application/x-ndjson", batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        List<JsonNode> results = Arrays.stream(response.body().split("\n")).map(EventJson.mapper()::readTree).toList();
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(503, 400, 503);
        assertThat(results).extracting(r -> r.path("id").asString(null)).containsExactly("push:ferry-1", null,
                "push:ferry-2");
        assertThat(results).noneMatch(r -> r.has("offset"));
    }
}
