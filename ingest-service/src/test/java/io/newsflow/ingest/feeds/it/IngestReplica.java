package io.newsflow.ingest.feeds.it;

import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running ingest-service, the whole Spring application on a random port in profile {@code local}, against
 * the test's Kafka broker. Several can run at once (two replicas) and one can be stopped and another started
 * against the same broker (a restart).
 */
public final class IngestReplica implements AutoCloseable {
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(30);
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private IngestReplica(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static Builder against(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    public static final class Builder {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final List<String> feeds = new ArrayList<>();

        private Builder(String bootstrapServers) {
            properties.put("spring.config.name", IngestServiceApplication.CONFIG_NAMES);
            properties.put("spring.profiles.active", "local");
            properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
            properties.put("server.port", "0");
            // Replicas in one JVM share the host name; the same instance id would make them fence each other.
            properties.put("newsflow.ingest.instance-id", "replica-" + STARTED.incrementAndGet());
            properties.put("management.endpoint.health.show-details", "always");
            properties.put("newsflow.ingest.topic.partitions", "3");
            properties.put("newsflow.ingest.feeds.backoff.initial", "200ms");
            properties.put("newsflow.ingest.feeds.backoff.max", "1s");
            properties.put("newsflow.ingest.feeds.unhealthy-after", "2s");
            properties.put("newsflow.ingest.feeds.connect-timeout", "2s");
            properties.put("newsflow.ingest.feeds.read-timeout", "10s");
        }

        /** Adds a feed polled every second. */
        Builder feed(String id, URI url, String format) {
            int i = feeds.size();
            feeds.add(id);
            properties.put("newsflow.ingest.feeds.sources[" + i + "].id", id);
            properties.put("newsflow.ingest.feeds.sources[" + i + "].url", url.toString());
            properties.put("newsflow.ingest.feeds.sources[" + i + "].format", format);
            properties.put("newsflow.ingest.feeds.sources[" + i + "].poll-interval", "1s");
            return this;
        }

        /** Sets a property of the feed added last, e.g. {@code fetch-linked-pages}. */
        Builder feedProperty(String name, String value) {
            properties.put("newsflow.ingest.feeds.sources[" + (feeds.size() - 1) + "]." + name, value);
            return this;
        }

        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        public IngestReplica start() {
            // As command-line arguments, which override ingest-service.yml; builder properties would not.
            String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                    .toArray(String[]::new);
            return new IngestReplica(new SpringApplicationBuilder(IngestServiceApplication.class).run(arguments));
        }
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** {@code GET /api/v1/feeds/{id}} */
    JsonNode feedStatus(String feedId) {
        return json(get("/api/v1/feeds/" + feedId));
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                    .timeout(ANSWER_BOUND).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
