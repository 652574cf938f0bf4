package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.ingest.IngestServiceApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every metric the Grafana dashboard and the alert rules read is one the services really export, with the
 * services set up as in Kubernetes: each runs with the environment its Deployment gives it, its own Kafka
 * user and nothing else, against a broker that requires SCRAM and enforces the ACLs of users.yaml, with the
 * topics of topics.yaml. An API key and a feed are configured; one article is pushed and enriched, one push is
 * refused for want of a key and one for its media type, the feed is polled, and then
 * {@code /actuator/prometheus} of each service is scraped. That the article comes out enriched also shows
 * both services work with their own credentials.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringMetricsTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String API_KEY = "metrics-check-" + UUID.randomUUID();
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Metrics check</title><link>http://127.0.0.1/</link>
            <description>One item</description>
            <item><title>Harbour authority opens a second container terminal in Rotterdam</title>
            <link>http://127.0.0.1/terminal</link><guid>terminal-2</guid>
            <pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate>
            <description>The Port of Rotterdam opened a second container terminal on Monday, the harbour
            authority said, adding room for two million containers a year.</description></item>
            </channel></rss>
            """;

    @TempDir
    static Path keysDir;
    @TempDir
    static Path brokerDir;

    private ScramKafkaBroker broker;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer feedServer;
    private ConfigurableApplicationContext ingest;
    private ConfigurableApplicationContext enrich;

    @BeforeAll
    void startServicesWithAKeyAndAFeed() throws Exception {
        broker = ScramKafkaBroker.start(brokerDir, Duration.ofMinutes(2));
        Map<String, String> passwords = broker.applyTopicsAndUsers();
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/feed.xml", exchange -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feedServer.start();
        Files.writeString(keysDir.resolve("metrics-check"), HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(API_KEY.getBytes(StandardCharsets.UTF_8))));

        enrich = new SpringApplicationBuilder(EnrichServiceApplication.class)
                .environment(ScramKafkaBroker.springEnvironment(
                        broker.deploymentEnvironment("enrich-service", passwords.get("enrich-service"))))
                .run(arguments(EnrichServiceApplication.CONFIG_NAMES));
        ingest = new SpringApplicationBuilder(IngestServiceApplication.class)
                .environment(ScramKafkaBroker.springEnvironment(
                        broker.deploymentEnvironment("ingest-service", passwords.get("ingest-service"))))
                .run(arguments(IngestServiceApplication.CONFIG_NAMES,
                        "--newsflow.ingest.auth.keys-dir=" + keysDir,
                        "--newsflow.ingest.feeds.sources[0].id=metrics-check",
                        "--newsflow.ingest.feeds.sources[0].url=http://127.0.0.1:" + feedServer.getAddress().getPort()
                                + "/feed.xml",
                        "--newsflow.ingest.feeds.sources[0].poll-interval=5s"));
    }

    private String[] arguments(String configNames, String... more) {
        return Stream.concat(Stream.of("--spring.config.name=" + configNames, "--server.port=0",
                "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN"), Stream.of(more))
                .toArray(String[]::new);
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (ingest != null) {
            ingest.close();
        }
        if (enrich != null) {
            enrich.close();
        }
        if (feedServer != null) {
            feedServer.stop(0);
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void exportsEveryMetricTheDashboardAndTheAlertsRead() throws Exception {
        broker.assertRunning();
        String article = Files.readString(RepositoryRoot.resolve("samples/central-bank-rates.txt"));
        assertThat(push(article, "text/plain; charset=utf-8", API_KEY).statusCode()).isEqualTo(202);
        assertThat(push(article, "text/plain; charset=utf-8", null).statusCode()).isEqualTo(401);
        assertThat(push("<article/>", "application/xml", API_KEY).statusCode()).isEqualTo(415);
        awaitEnrichedRecords(2);

        Set<String> wanted = MonitoringQueries.allMetricNames();
        Set<String> missing = new TreeSet<>(wanted);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeAll(exportedMetricNames());
            Thread.sleep(1_000);
        }
        assertThat(missing).as("metrics named in %s or %s that neither service exports; exported: %s",
                MonitoringQueries.RULES_FILE, MonitoringQueries.DASHBOARD_FILE, exportedMetricNames()).isEmpty();
        assertThat(wanted).as("the queries name the metrics of both services").anyMatch(name -> name.startsWith(
                "newsflow_ingest_")).anyMatch(name -> name.startsWith("newsflow_enrich_"));
    }

    private HttpResponse<String> push(String body, String contentType, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri(ingest)
                        + "/api/v1/articles?source=metrics"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pushed article and the feed's item, so that both paths have fed the pipeline's metrics. */
    private void awaitEnrichedRecords(int count) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.operatorBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "metrics-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(NewsflowTopics.ENRICHED_ARTICLES));
            Set<String> ids = new TreeSet<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ids.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(record.key());
                }
            }
            assertThat(ids).as("enriched articles").hasSizeGreaterThanOrEqualTo(count);
        }
    }

    private Set<String> exportedMetricNames() throws IOException, InterruptedException {
        Set<String> names = new TreeSet<>();
        for (ConfigurableApplicationContext service : List.of(ingest, enrich)) {
            String exposition = http.send(HttpRequest.newBuilder(URI.create(baseUri(service) + "/actuator/prometheus"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(names::add);
        }
        return names;
    }

    private static String baseUri(ConfigurableApplicationContext service) {
        return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }
}
