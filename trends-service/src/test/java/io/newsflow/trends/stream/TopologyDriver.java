package io.newsflow.trends.stream;

import io.newsflow.trends.config.TrendsProperties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
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

    /** The enriched topic, where the tests put their articles (key: article id; value: the event's JSON). */
    static TestInputTopic<String, byte[]> enriched(TopologyTestDriver driver) {
        return driver.createInputTopic(PROPERTIES.enrichedTopic(), new StringSerializer(), new ByteArraySerializer());
    }

    /** One of the trends topics, values as the JSON bytes the service writes. */
    static TestOutputTopic<String, byte[]> trends(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
