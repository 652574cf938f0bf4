package io.newsflow.trends.stream;

import io.newsflow.trends.config.TrendsProperties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/** The service's real topology in Kafka Streams' TopologyTestDriver, with the default topic names and retention. */
final class TopologyDriver {
    static final TrendsProperties PROPERTIES = new TrendsProperties("newsflow.articles.enriched.v1",
            "newsflow.trends.entities.v1", "newsflow.trends.topics.v1", "newsflow.trends.places.v1",
            "newsflow.stories.v1", Duration.ofHours(48), Duration.ofDays(14), Duration.ofDays(91), 2000, 256, 3, 1,
            Duration.ofMillis(250));

    private TopologyDriver() {
    }

    /** @param now the driver's wall clock at the start (the test advances it) */
    static TopologyTestDriver start(String applicationId, Path stateDir, Instant now) {
        StreamsBuilder builder = new StreamsBuilder();
        TrendsTopology.build(builder, PROPERTIES);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), config, now);
    }
}
