package io.newsflow.ingest.auth;

import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Real HTTP requests with chosen headers against the service under test. */
final class AuthClient {
    /**
     * Each request sends a valid simple JSON article of its own, so that an admitted request is answered 202 by the
     * real API (the same article again would be answered 200, as a duplicate).
     */
    private static final AtomicInteger ARTICLES_SENT = new AtomicInteger();
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    AuthClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    HttpResponse<String> postArticle(Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/articles"))
                .timeout(ANSWER_BOUND).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    private static String article() {
        return "{\"headline\":\"Harbour reopens\",\"body\":\"Ships sail again on Monday, sailing "
                + ARTICLES_SENT.incrementAndGet() + ".\"}";
    }

    HttpResponse<String> postArticleWithBearer(String key) {
        return postArticle(Map.of("Authorization", "Bearer " + key));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(ANSWER_BOUND).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
