package io.newsflow.trends.api;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two trends-service instances (one application id) share the partitions of one embedded broker; each answers
 * every query — its own keys from its stores, the other's by forwarding — plus the article stream and the
 * problem answers, all over real HTTP.
 */
@EmbeddedKafka(partitions = 3,
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesApiTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant MORNING = Instant.parse("2026-12-07T08:05:00Z");
    private static final String AT = "&at=2026-12-07T08:00:00Z";
    private static final List<String> PEOPLE = List.of("Ada Lovelace", "Alan Turing", "Grace Hopper",
            "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Margaret Hamilton", "Tony Hoare");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private EmbeddedKafkaBroker broker;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private int firstPort;
    private int secondPort;

    @BeforeAll
    void startTwoInstances() throws IOException {
        broker = EmbeddedKafkaCondition.getBroker();
        firstPort = freePort();
        secondPort = freePort();
        first = start(firstPort);
        second = start(secondPort);
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void eitherInstanceAnswersForEveryKeyAndStreamsArticles() throws Exception {
        BlockingQueue<String> streamLines = openStream(firstPort, "");
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < PEOPLE.size(); i++) {
                EnrichedEventJson article = EnrichedEventJson.article("desk:profile-" + i, "1",
                                MORNING.plusSeconds(i * 60L))
                        .text("Profile of " + PEOPLE.get(i), PEOPLE.get(i) + " changed computing.")
                        .entity("PERSON", PEOPLE.get(i), 2, 0.5)
                        .quote(PEOPLE.get(i), "It was " + PEOPLE.get(i) + "'s idea.")
                        .topic("medtop:13000000", "science and technology").tone(0.4);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("newsflow.articles.enriched.v1",
                        article.id(), article.bytes());
                record.headers().add("ce_id", ("ce-profile-" + i).getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }

        for (int port : List.of(firstPort, secondPort)) {
            JsonNode trending = awaitJson(port, "/api/v1/trends/entities?window=1h&limit=100" + AT,
                    answer -> answer.path("items").size() == PEOPLE.size());
            assertThat(trending.path("items").findValuesAsString("key")).hasSize(PEOPLE.size());
        }
        int firstLocal = get(firstPort, "/api/v1/trends/entities?scope=local&window=1h&limit=100" + AT)
                .path("items").size();
        int secondLocal = get(secondPort, "/api/v1/trends/entities?scope=local&window=1h&limit=100" + AT)
                .path("items").size();
        assertThat(firstLocal + secondLocal).as("every key lives on exactly one instance").isEqualTo(PEOPLE.size());
        assertThat(firstLocal).as("both instances hold partitions").isBetween(1, PEOPLE.size() - 1);

        for (String person : PEOPLE) {
            String key = URLEncoder.encode("PERSON:" + person.toLowerCase(), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            // the quotes travel through their own repartition topic: they may land a moment after the counts
            awaitJson(firstPort, "/api/v1/entities/" + key + "/quotes", answer -> answer.size() == 1);
            for (int port : List.of(firstPort, secondPort)) {
                JsonNode entity = get(port, "/api/v1/entities/" + key + "?window=1h");
                assertThat(entity.path("label").asString()).isEqualTo(person);
                assertThat(entity.path("timeline").get(0).path("articles").asLong()).isEqualTo(1);
                assertThat(entity.path("quotes").isArray()).isTrue();
                assertThat(entity.path("stories").size()).isEqualTo(1);
                // the quotes live on the partition of the speaker's key, whichever instance holds the timeline
                assertThat(entity.path("quotes").size()).isEqualTo(1);
                JsonNode quote = entity.path("quotes").get(0);
                assertThat(quote.path("text").asString()).isEqualTo("It was " + person + "'s idea.");
                assertThat(quote.path("articleId").asString()).isEqualTo("desk:profile-" + PEOPLE.indexOf(person));
                assertThat(quote.path("speakerName").asString()).isEqualTo(person);
                assertThat(quote.path("headline").asString()).isEqualTo("Profile of " + person);
                assertThat(quote.path("publishedAt").asString())
                        .isEqualTo(MORNING.plusSeconds(PEOPLE.indexOf(person) * 60L).toString());
                assertThat(get(port, "/api/v1/entities/" + key + "/quotes?limit=5")).isEqualTo(entity.path("quotes"));
                HttpResponse<String> timeline = send(port, "/api/v1/entities/" + key + "/timeline.csv?window=1h");
                assertThat(timeline.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
                assertThat(timeline.body().lines().toList()).as("from the instance holding the key")
                        .containsExactly(TrendCsv.TIMELINE_HEADER, "PERSON:" + person.toLowerCase() + "," + person
                                + ",PERSON,1h,2026-12-07T08:00:00Z,1,2,0.5,desk (1),desk:profile-" + PEOPLE.indexOf(person));
            }
        }
        int quotesHeld = 0;
        for (String person : PEOPLE) {
            String key = URLEncoder.encode("PERSON:" + person.toLowerCase(), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            quotesHeld += get(firstPort, "/api/v1/entities/" + key + "/quotes?scope=local").size()
                    + get(secondPort, "/api/v1/entities/" + key + "/quotes?scope=local").size();
        }
        assertThat(quotesHeld).as("every speaker's quotes live on exactly one instance").isEqualTo(PEOPLE.size());
        // a name search and the CSV export merge both instances' keys like the list does
        for (int port : List.of(firstPort, secondPort)) {
            JsonNode found = get(port, "/api/v1/trends/entities?window=1h&q=LOVE" + AT);
            assertThat(found.path("items").findValuesAsString("key")).containsExactly("PERSON:ada lovelace");
            assertThat(get(port, "/api/v1/trends/entities?window=1h&q=H%C3%B6" + AT).path("items")
                    .findValuesAsString("key")).as("'Hö' folded to 'ho': Grace Hopper, Tony Hoare")
                    .containsExactlyInAnyOrder("PERSON:grace hopper", "PERSON:tony hoare");
            HttpResponse<String> csv = send(port, "/api/v1/trends/entities.csv?window=1h&limit=100" + AT);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"newsflow-entities-1h-2026-12-07T080000Z.csv\"");
            List<String> rows = csv.body().lines().toList();
            assertThat(rows.get(0)).isEqualTo(TrendCsv.HEADER);
            assertThat(rows).hasSize(PEOPLE.size() + 1);
            assertThat(rows.subList(1, rows.size())).anySatisfy(row -> assertThat(row).startsWith(
                    rows.indexOf(row) + ",PERSON:ada lovelace,Ada Lovelace,PERSON,1h,2026-12-07T08:00:00Z,"
                            + "2026-12-07T09:00:00Z,1,1,2,0.5,desk (1),"));
        }
        JsonNode topics = get(secondPort, "/api/v1/trends/topics?window=1d&at=2026-12-07T12:00:00Z");
        assertThat(topics.path("items").get(0).path("matching").asLong()).isEqualTo(PEOPLE.size());

        List<String> ids = new ArrayList<>();
        String lastEventId = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ids.size() < PEOPLE.size() && System.nanoTime() < deadline) {
            String line = streamLines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data:")) {
                ids.add(json.readTree(line.substring(5)).path("id").asString());
            } else if (line != null && line.startsWith("id:")) {
                lastEventId = line.substring(3).strip();
            }
        }
        assertThat(ids).as("the stream sent every article").containsExactlyInAnyOrderElementsOf(
                PEOPLE.stream().map(p -> "desk:profile-" + PEOPLE.indexOf(p)).toList());

        // resuming after the last event sees nothing old; a filtered stream sees only its own
        BlockingQueue<String> resumed = openStream(secondPort, "?lastEventId=" + lastEventId);
        BlockingQueue<String> filtered = openStream(secondPort, "?entity="
                + URLEncoder.encode("PERSON:ada lovelace", StandardCharsets.UTF_8) + "&lastEventId=0-0.1-0.2-0");
        assertThat(dataIds(filtered, Duration.ofSeconds(10))).containsExactly("desk:profile-0");
        try (KafkaProducer<String, byte[]> producer = producer()) {
            EnrichedEventJson late = EnrichedEventJson.article("desk:late", "1", MORNING.plusSeconds(3600))
                    .text("A late profile", "Frances Allen changed compilers.")
                    .entity("PERSON", "Frances Allen", 1, 0.3);
            producer.send(new ProducerRecord<>("newsflow.articles.enriched.v1", late.id(), late.bytes())).get();
        }
        assertThat(dataIds(resumed, Duration.ofSeconds(20))).as("only what came after the last event seen")
                .containsExactly("desk:late");
    }

    /** The article ids of the data lines that arrive until the stream has been quiet for two seconds. */
    private List<String> dataIds(BlockingQueue<String> lines, Duration firstWait) throws Exception {
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + firstWait.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(ids.isEmpty() ? 1 : 2, TimeUnit.SECONDS);
            if (line == null && !ids.isEmpty()) {
                break;
            }
            if (line != null && line.startsWith("data:")) {
                ids.add(json.readTree(line.substring(5)).path("id").asString());
            }
        }
        return ids;
    }

    @Test
    void badParametersAreProblems() throws Exception {
        HttpResponse<String> unknownDimension = send(firstPort, "/api/v1/trends/people");
        assertThat(unknownDimension.statusCode()).isEqualTo(400);
        assertThat(unknownDimension.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(unknownDimension.body()).path("type").asString())
                .isEqualTo("urn:newsflow:problem:invalid-parameter");
        assertThat(send(firstPort, "/api/v1/trends/entities?window=5m").body()).contains("\"field\":\"window\"");
        assertThat(send(firstPort, "/api/v1/trends/entities?limit=0").body()).contains("\"field\":\"limit\"");
        assertThat(send(firstPort, "/api/v1/trends/entities?at=yesterday").body()).contains("\"field\":\"at\"");
        assertThat(send(firstPort, "/api/v1/trends/entities?q=" + "x".repeat(101)).body())
                .contains("\"field\":\"q\"");
        assertThat(send(firstPort, "/api/v1/entities/PERSON%3Aada/timeline.csv?window=2h").body())
                .contains("\"field\":\"window\"");
        awaitStatus(firstPort, "/api/v1/entities/PERSON%3Anobody%20at%20all/timeline.csv", 404);
        HttpResponse<String> badCsv = send(firstPort, "/api/v1/trends/people.csv");
        assertThat(badCsv.statusCode()).isEqualTo(400);
        assertThat(badCsv.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(send(firstPort, "/api/v1/entities/PERSON%3Aada/quotes?limit=201").body())
                .contains("\"field\":\"limit\"");
        assertThat(send(firstPort, "/api/v1/stream?minSalience=2").statusCode()).isEqualTo(400);
        awaitStatus(firstPort, "/api/v1/stories/s0000000000000000", 404);
        assertThat(send(secondPort, "/openapi.yaml").body()).contains("openapi: 3.1.0").contains("/api/v1/stream");
        assertThat(send(secondPort, "/").body()).contains("dashboard.js");
    }

    private ConfigurableApplicationContext start(int port) throws IOException {
        return new SpringApplicationBuilder(TrendsServiceApplication.class).run(
                "--spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES,
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir=" + Files.createTempDirectory("trends-" + port),
                "--newsflow.trends.advertised-host=localhost");
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private JsonNode awaitJson(int port, String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(port, path);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && condition.test(json.readTree(response.body()))) {
                return json.readTree(response.body());
            }
            Thread.sleep(300);
        }
        throw new AssertionError("port " + port + " " + path + " never answered as expected; last: " + last);
    }

    /** Waits out the 503 answers of a starting instance. */
    private void awaitStatus(int port, String path, int status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = send(port, path);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(300);
            response = send(port, path);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).path("type").asString()).startsWith("urn:newsflow:problem:");
    }

    private JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> response = send(port, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the SSE stream and collects its lines on a background thread. */
    private BlockingQueue<String> openStream(int port, String query) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/stream" + query)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the test ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
