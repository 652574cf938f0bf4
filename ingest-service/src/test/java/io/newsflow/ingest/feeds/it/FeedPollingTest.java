package io.newsflow.ingest.feeds.it;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.ingest.feeds.it.FeedServer.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.newsflow.ingest.feeds.it.FeedServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One ingest-service (profile local, whole Spring application) polling feeds that a real HTTP server on
 * 127.0.0.1 serves, publishing to a real Kafka broker; what it published is read back with a plain consumer.
 * Each test has its own feed, so they do not see each other's articles.
 */
@EmbeddedKafka
class FeedPollingTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String RSS = "application/rss+xml; charset=utf-8";

    private static FeedServer server;
    private static IngestReplica replica;
    private static RawRecords raw;

    @BeforeAll
    static void start(EmbeddedKafkaBroker broker) {
        server = new FeedServer();
        server.put("/rss/port.xml", fixture("rss-three-items.xml"), RSS);
        server.put("/rss/no-validators.xml", Document.of(bytes(fixture("rss-three-items.xml")), RSS)
                .withoutValidators());
        server.put("/ninjs/update.json", fixture("ninjs-item-v1.json"), "application/json");
        server.put("/ninjs/retract.json", fixture("ninjs-item-v1.json"), "application/json");
        server.put("/newsml/retract.xml", fixture("newsml-item-usable.xml"), "application/vnd.iptc.g2.newsitem+xml");
        server.put("/rss/briefs.xml", withBase(fixture("rss-summary-only.xml")), RSS);
        server.put("/pages/dredging.html", fixture("article-dredging.html"), "text/html; charset=utf-8");
        server.put("/rss/mixed.xml", fixture("rss-bad-items.xml").replace("{{long-guid}}", "g".repeat(3000)), RSS);
        server.put("/rss/doctype.xml", withBase(fixture("rss-doctype-external-entity.xml")), RSS);
        server.put("/rss/laughs.xml", fixture("rss-billion-laughs.xml"), RSS);
        server.put("/xxe.dtd", "<!ENTITY leak \"resolved\">", "application/xml-dtd");
        server.put("/rss/bomb.xml", Document.of(FeedServer.gzipBomb(20 * 1024 * 1024), RSS).gzipEncoded());
        server.put("/rss/huge.xml", hugeRss(), RSS);
        server.put("/rss/down.xml", Document.failing(503, null));
        server.put("/rss/busy.xml", Document.failing(429, "3600"));

        replica = IngestReplica.against(broker.getBrokersAsString())
                .property("newsflow.ingest.feeds.max-feed-bytes", "64KB")
                .property("PORT_WIRE_KEY", "k-test-123")
                .feed("port", server.uri("/rss/port.xml"), "RSS")
                .feedProperty("headers.Authorization", "Bearer ${PORT_WIRE_KEY}")
                .feed("no-validators", server.uri("/rss/no-validators.xml"), "AUTO")
                .feed("ninjs-update", server.uri("/ninjs/update.json"), "NINJS")
                .feed("ninjs-retract", server.uri("/ninjs/retract.json"), "NINJS")
                .feed("newsml-retract", server.uri("/newsml/retract.xml"), "NEWSML_G2")
                .feed("briefs", server.uri("/rss/briefs.xml"), "RSS").feedProperty("fetch-linked-pages", "true")
                .feed("mixed", server.uri("/rss/mixed.xml"), "RSS")
                .feed("doctype", server.uri("/rss/doctype.xml"), "AUTO")
                .feed("laughs", server.uri("/rss/laughs.xml"), "RSS")
                .feed("bomb", server.uri("/rss/bomb.xml"), "RSS")
                .feed("huge", server.uri("/rss/huge.xml"), "RSS")
                .feed("down", server.uri("/rss/down.xml"), "RSS")
                .feed("busy", server.uri("/rss/busy.xml"), "RSS")
                .start();
        raw = new RawRecords(broker.getBrokersAsString());
    }

    @AfterAll
    static void stop() {
        if (replica != null) {
            replica.close();
        }
        server.close();
    }

    @Test
    void publishesEachRssItemOnceAndSkipsUnchangedFeedOn304() {
        awaitPublished("port", 3);
        long notModifiedBefore = server.answered("/rss/port.xml", 304);

        await().atMost(PATIENCE).until(() -> server.answered("/rss/port.xml", 304) >= notModifiedBefore + 2);

        assertThat(raw.countsById("port")).containsOnlyKeys("port:hw-port-1001", "port:hw-port-1002",
                "port:hw-port-1003").allSatisfy((id, records) -> assertThat(records).isEqualTo(1));
        assertThat(server.requests("/rss/port.xml")).last()
                .satisfies(request -> assertThat(request.ifNoneMatch()).isEqualTo("\"v1\""));
        JsonNode status = replica.feedStatus("port");
        assertThat(status.get("itemsSeen").asLong()).as("a 304 is not parsed").isEqualTo(3);
        assertThat(status.get("itemsPublished").asLong()).isEqualTo(3);
        assertThat(status.get("lastOutcome").asString()).isEqualTo("not-modified");
        RawArticleEvent first = raw.of("port").stream().filter(e -> e.id().equals("port:hw-port-1001"))
                .findFirst().orElseThrow();
        assertThat(first.ninjs().mainHeadline()).isEqualTo("Night shift returns to the container terminal");
        assertThat(first.ninjs().mainBody().value()).contains("worked through the night").doesNotContain("<p>");
        assertThat(first.source().id()).isEqualTo("port");
        assertThat(first.ninjs().firstCreated()).isEqualTo("2024-04-01T06:10:00Z");
    }

    @Test
    void sendsConfiguredHeadersWithTheKeyFilledInFromTheEnvironment() {
        await().atMost(PATIENCE).until(() -> !server.requests("/rss/port.xml").isEmpty());

        assertThat(server.requests("/rss/port.xml"))
                .allSatisfy(request -> assertThat(request.authorization()).isEqualTo("Bearer k-test-123"));
        assertThat(replica.get("/api/v1/feeds/port").body()).doesNotContain("k-test-123");
    }

    @Test
    void bodyHashFallbackSkipsUnchangedFeedWithoutValidators() {
        awaitPublished("no-validators", 3);
        long fetchesBefore = server.answered("/rss/no-validators.xml", 200);

        await().atMost(PATIENCE).until(() -> server.answered("/rss/no-validators.xml", 200) >= fetchesBefore + 2);

        assertThat(server.requests("/rss/no-validators.xml"))
                .allSatisfy(request -> assertThat(request.ifNoneMatch()).isNull());
        JsonNode status = replica.feedStatus("no-validators");
        assertThat(status.get("itemsSeen").asLong()).as("an unchanged body is not parsed").isEqualTo(3);
        assertThat(status.get("lastOutcome").asString()).isEqualTo("unchanged");
        assertThat(raw.countsById("no-validators")).hasSize(3).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void newerVersionIsPublishedAsUpdate() {
        awaitPublished("ninjs-update", 1);

        server.put("/ninjs/update.json", fixture("ninjs-item-v2.json"), "application/json");
        awaitPublished("ninjs-update", 2);

        List<RawArticleEvent> versions = raw.of("ninjs-update");
        assertThat(versions).extracting(RawArticleEvent::id)
                .containsOnly("ninjs-update:https://harbourwire.example/ninjs/quay-wall");
        assertThat(versions).extracting(e -> e.ninjs().version()).containsExactly("1", "2");
        assertThat(versions.get(1).ninjs().mainHeadline()).isEqualTo("Quay wall repair finishes early, costs less");
        assertThat(replica.feedStatus("ninjs-update").get("updates").asLong()).isEqualTo(1);
    }

    @Test
    void canceledNinjsItemBecomesRetraction() {
        awaitPublished("ninjs-retract", 1);

        server.put("/ninjs/retract.json", fixture("ninjs-item-canceled.json"), "application/json");
        awaitPublished("ninjs-retract", 2);

        RawArticleEvent retraction = raw.of("ninjs-retract").get(1);
        assertThat(retraction.id()).isEqualTo("ninjs-retract:https://harbourwire.example/ninjs/quay-wall");
        assertThat(retraction.ninjs().pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(replica.feedStatus("ninjs-retract").get("retractions").asLong()).isEqualTo(1);
    }

    @Test
    void canceledNewsMlG2ItemBecomesRetraction() {
        awaitPublished("newsml-retract", 1);
        RawArticleEvent usable = raw.of("newsml-retract").get(0);
        assertThat(usable.ninjs().mainHeadline()).isEqualTo("New pilot boat enters service");
        assertThat(usable.ninjs().mainBody().value()).contains("made its first run on Friday");
        assertThat(usable.ninjs().subjects()).extracting(s -> s.uri())
                .contains("http://cv.iptc.org/newscodes/mediatopic/04000000");
        assertThat(usable.ninjs().subjects()).extracting(s -> s.literal()).contains("medtop:04000000");

        server.put("/newsml/retract.xml", fixture("newsml-item-canceled.xml"), "application/vnd.iptc.g2.newsitem+xml");
        awaitPublished("newsml-retract", 2);

        RawArticleEvent retraction = raw.of("newsml-retract").get(1);
        assertThat(retraction.id()).isEqualTo(usable.id());
        assertThat(retraction.ninjs().pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(retraction.ninjs().version()).isEqualTo("2");
    }

    @Test
    void summaryOnlyItemIsCompletedFromLinkedPage() {
        awaitPublished("briefs", 1);

        RawArticleEvent article = raw.of("briefs").get(0);
        assertThat(article.ninjs().mainBody().value())
                .contains("Dredgers began deepening the main shipping channel")
                .contains("old west channel")
                .doesNotContain("Related stories").doesNotContain("Weather");
        assertThat(article.ninjs().mainHeadline()).isEqualTo("Dredging of the main channel begins");
        assertThat(server.answered("/pages/dredging.html", 200)).isEqualTo(1);
        assertThat(replica.feedStatus("briefs").get("linkedPagesByOutcome").get("extracted").asLong()).isEqualTo(1);
    }

    @Test
    void badItemDoesNotStopFeed() {
        awaitPublished("mixed", 2);

        assertThat(raw.countsById("mixed")).containsOnlyKeys("mixed:hw-mixed-1", "mixed:hw-mixed-4");
        JsonNode status = replica.feedStatus("mixed");
        assertThat(status.get("itemsSeen").asLong()).isEqualTo(4);
        long rejected = 0;
        for (JsonNode count : status.get("rejectedByReason")) {
            rejected += count.asLong();
        }
        assertThat(rejected).as("rejected by reason: %s", status.get("rejectedByReason")).isEqualTo(2);
        assertThat(status.get("healthy").asBoolean()).isTrue();
        assertThat(metric("newsflow.ingest.feed.items.rejected", "mixed")).isEqualTo(2);
    }

    @Test
    void failingFeedBacksOffAndTurnsUnhealthy() {
        await().atMost(PATIENCE).until(() -> !replica.feedStatus("down").get("healthy").asBoolean());

        JsonNode status = replica.feedStatus("down");
        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("http-5xx");
        assertThat(status.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(status.get("pollFailuresByReason").get("http-5xx").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(status.has("lastSuccess")).isFalse();

        JsonNode health = IngestReplica.json(replica.get("/actuator/health"));
        assertThat(health.get("components").get("feeds").get("status").asString()).isEqualTo("DOWN");
        assertThat(health.get("components").get("feeds").get("details").get("unhealthyFeeds").has("down")).isTrue();
        assertThat(replica.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(replica.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void failingFeedWaitsAsLongAsRetryAfterAsks() {
        await().atMost(PATIENCE).until(() -> replica.feedStatus("busy").has("lastError"));

        JsonNode status = replica.feedStatus("busy");
        Instant failedAt = Instant.parse(status.get("lastError").get("at").asString());
        Instant nextPoll = Instant.parse(status.get("nextPoll").asString());
        assertThat(Duration.between(failedAt, nextPoll)).isGreaterThanOrEqualTo(Duration.ofSeconds(3600));
        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("http-4xx");
        assertThat(server.requests("/rss/busy.xml")).hasSize(1);
    }

    @Test
    void feedWithDoctypeIsRejectedWithoutFetchingItsEntities() {
        JsonNode status = awaitFailure("doctype");

        assertThat(server.requests("/xxe.dtd")).as("the external DTD was never requested").isEmpty();
        assertThat(raw.of("doctype")).isEmpty();
        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("doctype-forbidden");
        assertThat(status.get("pollFailuresByReason").properties()).extracting(Map.Entry::getKey)
                .containsExactly("doctype-forbidden");
    }

    @Test
    void billionLaughsFeedIsRejectedWithoutExpandingEntities() {
        JsonNode status = awaitFailure("laughs");

        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("doctype-forbidden");
        assertThat(raw.of("laughs")).isEmpty();
        assertThat(status.get("itemsSeen").asLong()).isZero();
    }

    @Test
    void gzipBombIsRejected() {
        JsonNode status = awaitFailure("bomb");

        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("decompression-bomb");
        assertThat(raw.of("bomb")).isEmpty();
    }

    @Test
    void oversizeFeedIsRejected() {
        JsonNode status = awaitFailure("huge");

        assertThat(status.get("lastError").get("reason").asString()).isEqualTo("too-large");
        assertThat(raw.of("huge")).isEmpty();
        assertThat(metric("newsflow.ingest.feed.poll.failures", "huge")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void listsEveryConfiguredFeedAndAnswersUnknownFeedWith404() {
        JsonNode feeds = IngestReplica.json(replica.get("/api/v1/feeds")).get("feeds");
        assertThat(feeds.size()).isEqualTo(13);
        assertThat(feeds.get(0).get("id").asString()).isEqualTo("port");
        assertThat(feeds.get(0).get("url").asString()).isEqualTo(server.uri("/rss/port.xml").toString());

        assertThat(replica.get("/api/v1/feeds/no-such-feed").statusCode()).isEqualTo(404);
    }

    private static JsonNode awaitFailure(String feedId) {
        await().atMost(PATIENCE).until(() -> replica.feedStatus(feedId).has("lastError"));
        return replica.feedStatus(feedId);
    }

    private static void awaitPublished(String feedId, int records) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(raw.of(feedId)).hasSize(records));
    }

    /** The sum of a meter's series for one feed, as {@code /actuator/prometheus} would report it. */
    private static double metric(String name, String feedId) {
        MeterRegistry registry = replica.context().getBean(MeterRegistry.class);
        return registry.find(name).tag("feed", feedId).functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum();
    }

    private static String withBase(String document) {
        return document.replace("{{base}}", server.uri("").toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A well-formed RSS feed of about 100 KB, over the 64 KB limit this replica is given. */
    private static String hugeRss() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Huge</title><link>https://harbourwire.example/</link><description>d</description>");
        for (int i = 0; i < 400; i++) {
            rss.append("<item><guid>huge-").append(i).append("</guid><title>Item ").append(i)
                    .append("</title><description>").append("Harbour news. ".repeat(15)).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
