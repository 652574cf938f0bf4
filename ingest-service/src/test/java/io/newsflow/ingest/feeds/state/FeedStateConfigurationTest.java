package io.newsflow.ingest.feeds.state;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.IngestServiceWithKafka;
import io.newsflow.ingest.versions.PublishedVersions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feed ownership and the published versions as the service wires them: one topic for both, its health and its
 * metrics.
 */
@IngestServiceWithKafka
class FeedStateConfigurationTest {
    private static final String TOPIC = "newsflow.ingest.feed-state.v1";

    @LocalServerPort
    int port;
    @Autowired
    KafkaAdmin kafkaAdmin;
    @Autowired
    PublishedVersions publishedVersions;
    @Autowired
    FeedOwnership feedOwnership;
    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthContributorRegistry healthContributors;

    @Test
    void createsTheStateTopicCompacted() throws Exception {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

            assertThat(topic.partitions()).hasSize(3);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    void feedsAreSharedByThePartitionsOfThePublishedVersionsTopic() {
        assertThat(feedOwnership).isInstanceOf(KafkaFeedOwnership.class);
        assertThat(publishedVersions.topic()).isEqualTo(TOPIC);
    }

    @Test
    void reportsHealthyAndOwningEveryPartitionOnceLoaded() {
        HealthIndicator feedState = (HealthIndicator) healthContributors.getContributor("feedState");

        // without feeds it is UP while loading too, so wait for the load itself
        await().atMost(Duration.ofSeconds(90)).until(() -> Boolean.TRUE.equals(feedState.health().getDetails().get("loaded")));

        assertThat(feedState.health().getStatus()).isEqualTo(Status.UP);

        assertThat(feedState.health().getDetails()).containsEntry("ownedPartitions", Set.of(0, 1, 2));
        assertThat(new IngestClient(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(meters.get(FeedStateMetrics.PARTITIONS_OWNED).gauge().value()).isEqualTo(3.0);
        assertThat(meters.get("newsflow.ingest.versions.records").gauge().value()).isGreaterThanOrEqualTo(0.0);
        await().atMost(Duration.ofSeconds(90)).until(() -> publishedVersions.status().loaded());
        assertThat(meters.get("newsflow.ingest.versions.loaded").gauge().value()).isEqualTo(1.0);
    }
}
