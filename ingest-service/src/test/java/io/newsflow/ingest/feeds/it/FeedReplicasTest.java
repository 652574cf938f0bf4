package io.newsflow.ingest.feeds.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.newsflow.ingest.feeds.it.FeedServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole ingest-service instances against one real Kafka broker, restarted and run side by side: the state
 * of what was published lives in Kafka, so neither a restart nor a second replica publishes an item twice.
 */
@EmbeddedKafka
class FeedReplicasTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final List<String> FEEDS = List.of("wire-a", "wire-b", "wire-c", "wire-d");

    private final FeedServer server = new FeedServer();
    private RawRecords raw;
    private String brokers;

    @BeforeEach
    void serveFeeds(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
        raw = new RawRecords(brokers);
        for (String feed : FEEDS) {
            server.put("/" + feed + ".xml", fixture("rss-three-items.xml"), RSS);
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A replica polling {@code feeds}; {@code group} keeps one test's replicas apart from another's. */
    private IngestReplica replica(String group, String... feeds) {
        IngestReplica.Builder builder = IngestReplica.against(brokers)
                .property("newsflow.ingest.feeds.state.group-id", group);
        for (String feed : feeds) {
            builder.feed(feed, server.uri("/" + feed + ".xml"), "RSS");
        }
        return builder.start();
    }

    @Test
    void restartPublishesNothingTwice() {
        server.put("/restart-wire.xml", fixture("rss-three-items.xml"), RSS);
        try (IngestReplica first = replica("restart", "restart-wire")) {
            await().atMost(PATIENCE).until(() -> raw.of("restart-wire").size() == 3);
        }

        try (IngestReplica second = replica("restart", "restart-wire")) {
            await().atMost(PATIENCE).until(() -> second.feedStatus("restart-wire").get("duplicatesSkipped").asLong() == 3);

            assertThat(raw.countsById("restart-wire")).hasSize(3).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(second.feedStatus("restart-wire").get("itemsPublished").asLong()).isZero();
        }
    }

    @Test
    void twoReplicasPublishEachItemOnce() {
        String[] feeds = FEEDS.toArray(String[]::new);
        try (IngestReplica one = replica("pair", feeds); IngestReplica two = replica("pair", feeds)) {
            await().atMost(PATIENCE).until(() -> FEEDS.stream().allMatch(feed -> raw.of(feed).size() == 3));
            // Long enough for both replicas to poll every feed several more times.
            await().atMost(PATIENCE).until(() -> FEEDS.stream().allMatch(feed ->
                    server.requests("/" + feed + ".xml").size() >= 4));

            for (String feed : FEEDS) {
                Map<String, Integer> counts = raw.countsById(feed);
                assertThat(counts).as(feed).hasSize(3).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
                JsonNode statusOne = one.feedStatus(feed);
                JsonNode statusTwo = two.feedStatus(feed);
                assertThat(statusOne.get("ownedByThisReplica").asBoolean())
                        .as("%s is owned by exactly one replica", feed)
                        .isNotEqualTo(statusTwo.get("ownedByThisReplica").asBoolean());
                assertThat(statusOne.get("itemsPublished").asLong() + statusTwo.get("itemsPublished").asLong())
                        .isEqualTo(3);
            }
        }
    }
}
