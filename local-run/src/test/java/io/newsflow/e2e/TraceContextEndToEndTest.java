package io.newsflow.e2e;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.serde.EventJson;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One article followed across the services by its W3C trace context: a push to ingest with a {@code traceparent}
 * header, the raw record, the enriched record, trends-service's article feed and the trend records the article
 * changed all belong to that trace, each service's hop as a new span; a push without one starts a trace that the rest continues. On a real KRaft broker in this
 * JVM, with the three services as their main classes configure them.
 */
@EmbeddedKafka(partitions = 3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TraceContextEndToEndTest {
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");
    private static final Duration FEED_WITHIN = Duration.ofSeconds(60);

    @TempDir
    static Path stateDir;

    private String bootstrapServers;
    private RunningServices services;
    private ConfigurableApplicationContext trends;

    @BeforeAll
    void startServices() {
        bootstrapServers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        services = RunningServices.start(bootstrapServers);
        trends = new SpringApplicationBuilder(TrendsServiceApplication.class).run(
                "--spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers, "--server.port=0",
                "--spring.kafka.streams.state-dir=" + stateDir, "--logging.level.org.apache.kafka=WARN",
                // the feed logs each article it streams at debug level
                "--logging.level.io.newsflow.trends.live.ArticleFeed=DEBUG");
    }

    @AfterAll
    void stopServices() {
        if (trends != null) {
            trends.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aPushWithATraceparentIsFollowedThroughIngestEnrichAndTheTrendsFeed(CapturedOutput output) throws Exception {
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);

        String id = push("00-" + traceId + "-" + callerSpan + "-01");

        Matcher raw = traceparentOf(await(NewsflowTopics.RAW_ARTICLES, id));
        assertThat(raw.group(1)).as("the raw record continues the caller's trace").isEqualTo(traceId);
        assertThat(raw.group(2)).as("as a span of its own").isNotEqualTo(callerSpan);
        Matcher enriched = traceparentOf(await(NewsflowTopics.ENRICHED_ARTICLES, id));
        assertThat(enriched.group(1)).as("the enriched record continues it").isEqualTo(traceId);
        assertThat(enriched.group(2)).as("as enrich's own span").isNotEqualTo(callerSpan).isNotEqualTo(raw.group(2));
        assertFeedLoggedArticleInTrace(output, id, traceId);
        assertTrendRecordInTrace(traceId);
    }

    @Test
    void aPushWithoutATraceparentStartsATraceTheOtherServicesContinue(CapturedOutput output) throws Exception {
        String id = push(null);

        Matcher raw = traceparentOf(await(NewsflowTopics.RAW_ARTICLES, id));
        assertThat(raw.group(1)).as("a new trace").isNotEqualTo("0".repeat(32));
        Matcher enriched = traceparentOf(await(NewsflowTopics.ENRICHED_ARTICLES, id));
        assertThat(enriched.group(1)).isEqualTo(raw.group(1));
        assertFeedLoggedArticleInTrace(output, id, raw.group(1));
        assertTrendRecordInTrace(raw.group(1));
    }

    /**
     * A trend record is emitted for every window the article changed, in the trace of the first article that changed
     * the window since the last emit: here the only article of its emit interval (the tests push one at a time).
     */
    private void assertTrendRecordInTrace(String traceId) {
        try (TopicWatcher watcher = new TopicWatcher(bootstrapServers, "newsflow.trends.entities.v1")) {
            ConsumerRecord<String, byte[]> trend = watcher.await(record -> {
                Header header = record.headers().lastHeader("traceparent");
                return header != null && new String(header.value(), StandardCharsets.UTF_8).contains(traceId);
            }, "a traceparent in trace " + traceId, FEED_WITHIN);
            assertThat(traceparentOf(trend).group(1)).isEqualTo(traceId);
        }
    }

    /**
     * trends-service's article feed logs the article with the trace and the article in the MDC. This JVM logs
     * through Log4j 2 (src/test/resources/log4j2-test.xml prints the MDC entries as {@code [traceId,spanId,articleId]},
     * like the services' own logging.pattern.correlation does with Logback).
     */
    private void assertFeedLoggedArticleInTrace(CapturedOutput output, String id, String traceId)
            throws InterruptedException {
        Pattern feedLine = Pattern.compile("\\[" + traceId + ",[0-9a-f]{16}," + Pattern.quote(id) + "\\].*"
                + "Streaming version \\S+ of article " + Pattern.quote(id));
        long deadline = System.nanoTime() + FEED_WITHIN.toNanos();
        while (System.nanoTime() < deadline && !feedLine.matcher(output.getAll()).find()) {
            Thread.sleep(200);
        }
        assertThat(feedLine.matcher(output.getAll()).find())
                .as("trends-service's feed logged article " + id + " in trace " + traceId).isTrue();
    }

    private String push(String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(services.ingestUri("/api/v1/articles?source=e2e"))
                .header("Content-Type", "text/plain; charset=utf-8")
                // a text of its own, so that each push is a new article with its own records
                .POST(HttpRequest.BodyPublishers.ofString(ArticleScenario.articleText() + "\n\nReference "
                        + UUID.randomUUID() + ".", StandardCharsets.UTF_8));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return EventJson.mapper().readTree(response.body()).get("id").asString();
    }

    private ConsumerRecord<String, byte[]> await(String topic, String id) {
        try (TopicWatcher watcher = new TopicWatcher(bootstrapServers, topic)) {
            return watcher.await(id, ArticleScenario.ENRICHED_WITHIN);
        }
    }

    private static Matcher traceparentOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as(record.topic() + " record of " + record.key() + " has a traceparent header").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(new String(header.value(), StandardCharsets.UTF_8));
        assertThat(matcher.matches()).as("W3C traceparent " + matcher).isTrue();
        return matcher;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C reserves as invalid
        return HexFormat.of().formatHex(random);
    }
}
