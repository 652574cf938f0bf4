package io.newsflow.localrun.samples;

import io.newsflow.common.serde.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Posts sample files to ingest-service's HTTP API, the way any publisher would. */
public final class SamplePoster {
    private final URI ingestBase;
    private final String sourceId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SamplePoster(URI ingestBase, String sourceId) {
        this.ingestBase = ingestBase;
        this.sourceId = sourceId;
    }

    /** The files in {@code dir} that are samples, in name order; none when the directory does not exist. */
    public static List<Path> samplesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SampleKind.of(file.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    /** Posts one sample file; a batch file yields one result per line. */
    public List<PostResult> post(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        SampleKind kind = SampleKind.of(name).orElseThrow(() -> new IllegalArgumentException(
                name + " is not a sample: name it *.txt, *.json or *.ndjson"));
        URI uri = ingestBase.resolve(kind.path() + "?source=" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", kind.contentType())
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of(PostResult.rejected(name, "POST " + uri + " failed: " + e.getMessage()));
        }
        if (kind.isBatch() && isNdjson(response)) {
            // 200, 207 and 503 alike carry one result per line, accepted or not
            List<PostResult> results = new ArrayList<>();
            List<String> lines = response.body().lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                results.add(result(name + " line " + (i + 1), lines.get(i)));
            }
            return results;
        }
        if (response.statusCode() / 100 != 2) {
            return List.of(PostResult.rejected(name, "HTTP " + response.statusCode() + " from " + uri + ": "
                    + problemText(response.body())));
        }
        return List.of(result(name, response.body()));
    }

    private static boolean isNdjson(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type")
                .map(type -> type.startsWith(SampleKind.NDJSON.contentType()))
                .orElse(false);
    }

    /**
     * One article's answer: {@code {id, version, topic, partition, offset}} when accepted; a batch line also
     * carries its {@code status}, and a refused one a {@code problem} (RFC 9457 members) instead.
     */
    static PostResult result(String sample, String json) {
        JsonNode answer;
        try {
            answer = EventJson.mapper().readTree(json);
        } catch (JacksonException e) {
            return PostResult.rejected(sample, "ingest-service answered with something that is not JSON: " + json);
        }
        String id = answer.path("id").asString(null);
        int status = answer.path("status").asInt(202);
        if (id == null || status / 100 != 2 || answer.hasNonNull("problem") || answer.hasNonNull("error")) {
            return PostResult.rejected(sample, (status / 100 != 2 ? "status " + status + ": " : "")
                    + problemText(answer.has("problem") ? answer.get("problem") : answer, json));
        }
        return PostResult.accepted(sample, id, "version " + answer.path("version").asString("?")
                + ", " + answer.path("topic").asString("?")
                + " partition " + answer.path("partition").asString("?")
                + " offset " + answer.path("offset").asString("?"));
    }

    private static String problemText(String body) {
        try {
            return problemText(EventJson.mapper().readTree(body), body);
        } catch (JacksonException notJson) {
            return body.isBlank() ? "(empty body)" : body.strip();
        }
    }

    /** The human part of a refusal: RFC 9457 {@code detail}, an {@code error} or {@code message}, else all of it. */
    private static String problemText(JsonNode problem, String whole) {
        for (String field : List.of("detail", "error", "message")) {
            JsonNode value = problem.path(field);
            if (value.isString()) {
                return value.asString();
            }
        }
        return whole.isBlank() ? "(empty body)" : whole.strip();
    }
}
