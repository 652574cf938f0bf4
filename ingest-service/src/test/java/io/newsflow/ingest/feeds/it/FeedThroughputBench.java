package io.newsflow.ingest.feeds.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/**
 * Measures feed ingestion throughput, not a test of speed: a real HTTP server serves an RSS feed of 1,000
 * items, one ingest-service polls it into a real (embedded) Kafka broker, and the figure printed is items
 * per second from the moment the feed was requested to the end of the poll, when Kafka had acknowledged
 * every record (acks=all) and the feed state had recorded it. The feed is replaced by 1,000 new items a
 * few times, so later rounds show the warmed-up figure.
 *
 * <p>Run: {@code mvn -B -o -pl ingest-service test -Dtest=FeedThroughputBench -Dnewsflow.bench=true}
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "newsflow.bench", matches = "true")
@EmbeddedKafka(partitions = 3)
class FeedThroughputBench {
    private static final int ITEMS = 1_000;
    private static final int ROUNDS = 4;

    @Test
    void measuresItemsPerSecondFromFetchToAcknowledgedRecords(EmbeddedKafkaBroker broker) {
        try (FeedServer server = new FeedServer()) {
            server.put("/bench.xml", rss(0), "application/rss+xml; charset=utf-8");
            try (IngestReplica replica = IngestReplica.against(broker.getBrokersAsString())
                    .property("newsflow.ingest.feeds.max-feed-bytes", "10MB")
                    .feed("bench", server.uri("/bench.xml"), "RSS").start()) {
                for (int round = 0; round < ROUNDS; round++) {
                    if (round > 0) {
                        server.put("/bench.xml", rss(round), "application/rss+xml; charset=utf-8");
                    }
                    long expected = (long) ITEMS * (round + 1);
                    int requestsBefore = server.requests("/bench.xml").size();
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() ->
                            replica.feedStatus("bench").get("itemsPublished").asLong() >= expected);
                    Instant done = Instant.parse(replica.feedStatus("bench").get("lastSuccess").asString());
                    Instant fetched = server.requests("/bench.xml").stream().skip(requestsBefore)
                            .filter(r -> r.status() == 200).findFirst().orElseThrow().at();
                    double seconds = Duration.between(fetched, done).toNanos() / 1e9;
                    System.out.printf("feed throughput round %d: %d items in %.3f s = %.0f items/s%n", round + 1,
                            ITEMS, seconds, ITEMS / seconds);
                }
            }
        }
    }

    /** An RSS 2.0 feed of {@link #ITEMS} distinct items, about 1.5 KB each; {@code round} makes new ids. */
    private static String rss(int round) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Bench Wire</title><link>https://bench.example/</link><description>generated</description>");
        for (int i = 0; i < ITEMS; i++) {
            String id = "bench-" + round + "-" + i;
            rss.append("<item><guid isPermaLink=\"false\">").append(id).append("</guid>")
                    .append("<title>Harbour report ").append(round).append('.').append(i).append("</title>")
                    .append("<link>https://bench.example/story/").append(id).append("</link>")
                    .append("<pubDate>Mon, 01 Apr 2024 06:10:00 GMT</pubDate>")
                    .append("<description>Summary of report ").append(i).append(".</description>")
                    .append("<content:encoded><![CDATA[");
            for (int p = 0; p < 6; p++) {
                rss.append("<p>Paragraph ").append(p).append(" of report ").append(i)
                        .append(": cranes, ferries and pilots kept the harbour moving through the week, the port "
                                + "authority said in its regular bulletin.</p>");
            }
            rss.append("]]></content:encoded></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
