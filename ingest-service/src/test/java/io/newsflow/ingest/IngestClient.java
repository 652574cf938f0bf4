package io.newsflow.ingest;

import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client against the service under test, over java.net.http. */
public final class IngestClient {
    /** How long any answer may take before the test fails; generous, since the machine is shared. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    public IngestClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(request(pathAndQuery, contentType, ANSWER_BOUND)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Posts with chunked transfer encoding, so the server cannot know the size before reading it. */
    public HttpResponse<String> postChunked(String pathAndQuery, String contentType, byte[] body) {
        return send(request(pathAndQuery, contentType, ANSWER_BOUND)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    /** Posts and fails with {@link java.net.http.HttpTimeoutException} unless answered within {@code bound}. */
    public HttpResponse<String> postWithin(Duration bound, String pathAndQuery, String contentType, String body) {
        return send(request(pathAndQuery, contentType, bound)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Posts exactly these bytes, with the Content-Type header exactly as given. */
    public HttpResponse<String> postBytes(String pathAndQuery, String contentType, byte[] body) {
        return send(request(pathAndQuery, contentType, ANSWER_BOUND)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any method, with a text body (or none when {@code body} is null). */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return send(request(pathAndQuery, contentType, ANSWER_BOUND).method(method, publisher).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(ANSWER_BOUND).GET().build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    private HttpRequest.Builder request(String pathAndQuery, String contentType, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(timeout)
                .header("Content-Type", contentType);
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
