package io.newsflow.ingest.health;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.IngestServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What {@code /actuator/health} says right after ingest-service was killed with {@code kill -9} and started again,
 * against a real broker. The killed replica's membership of the feed-state consumer group outlives it until its
 * session expires; here a real consumer that joined the group and stopped polling plays that replica, holding
 * the state partitions so that the new replica's feed state cannot load.
 */
@EmbeddedKafka
class HealthAfterRestartTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String GROUP = "newsflow-ingest-feeds-restart";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String brokers;

    @BeforeEach
    void createTheFeedStateTopic(EmbeddedKafkaBroker broker) throws Exception {
        brokers = broker.getBrokersAsString();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(new NewTopic(NewsflowTopics.FEED_STATE, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Test
    void withoutFeedsIsUpAndTakesPushesWhileTheDeadReplicaStillHoldsTheFeedState() {
        try (KafkaConsumer<byte[], byte[]> deadReplica = memberHoldingEveryStatePartition();
             ConfigurableApplicationContext pushOnly = start(brokers, false);
             ConfigurableApplicationContext withFeed = start(brokers, true)) {

            JsonNode health = awaitHealthStatus(pushOnly, 200);
            assertThat(health.at("/components/feedState/status").asString()).isEqualTo("UP");
            assertThat(health.at("/components/feedState/details/loaded").asBoolean())
                    .as("the feed state is still unassigned, as after a kill -9: %s", health).isFalse();
            assertThat(health.at("/components/feedState/details/reason").asString()).contains("no feeds are configured");
            assertThat(health.at("/components/pushApi/status").asString()).isEqualTo("UP");
            assertThat(health.at("/components/pushApi/details/partitions").asInt()).isEqualTo(3);
            assertThat(post(pushOnly).statusCode()).isEqualTo(202);

            JsonNode feeding = awaitHealthStatus(withFeed, 503);
            assertThat(feeding.at("/components/feedState/status").asString()).isEqualTo("DOWN");
            assertThat(feeding.at("/components/feedState/details/enabledFeeds").asInt()).isEqualTo(1);
            assertThat(feeding.at("/components/pushApi/status").asString()).isEqualTo("UP");

            deadReplica.close(Duration.ZERO);
            JsonNode loaded = awaitHealthStatus(withFeed, 200);
            assertThat(loaded.at("/components/feedState/details/loaded").asBoolean()).isTrue();
        }
    }

    @Test
    void pushApiIsDownWhileKafkaCannotBeReached() throws IOException {
        int noBroker;
        try (ServerSocket socket = new ServerSocket(0)) {
            noBroker = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext service = start("127.0.0.1:" + noBroker, false)) {
            JsonNode health = awaitHealthStatus(service, 503);

            assertThat(health.at("/components/pushApi/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/pushApi/details/reason").asString()).contains("did not answer");
        }
    }

    /** A member of the feed-state group, as a replica's state consumer joins it, that stops polling once assigned. */
    private KafkaConsumer<byte[], byte[]> memberHoldingEveryStatePartition() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        settings.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CLASSIC.name);
        settings.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // its heartbeat thread keeps it in the group for this long without a poll, longer than the test
        settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(3).toMillis());
        KafkaConsumer<byte[], byte[]> member = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        member.subscribe(List.of(NewsflowTopics.FEED_STATE));
        await().atMost(PATIENCE).until(() -> {
            member.poll(Duration.ofMillis(200));
            return member.assignment().size() == 3;
        });
        return member;
    }

    private static ConfigurableApplicationContext start(String bootstrapServers, boolean withFeed) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
                "--spring.profiles.active=local",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.port=0",
                "--management.endpoint.health.show-details=always",
                "--newsflow.ingest.feeds.state.group-id=" + GROUP,
                // two services in one JVM share the host name; the same instance id would fence one by the other
                "--newsflow.ingest.instance-id=" + (withFeed ? "with-feed" : "push-only")));
        if (withFeed) {
            // never polled: the replica owns no feed while its state is not loaded
            arguments.addAll(List.of("--newsflow.ingest.feeds.sources[0].id=wire",
                    "--newsflow.ingest.feeds.sources[0].url=http://127.0.0.1:9/wire.xml",
                    "--newsflow.ingest.feeds.sources[0].format=RSS"));
        }
        return new SpringApplicationBuilder(IngestServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    private JsonNode awaitHealthStatus(ConfigurableApplicationContext service, int statusCode) {
        List<HttpResponse<String>> last = new ArrayList<>(List.of());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            HttpResponse<String> health = send(HttpRequest.newBuilder(uri(service, "/actuator/health")).GET());
            last.add(0, health);
            return health.statusCode() == statusCode;
        });
        return EventJson.mapper().readTree(last.get(0).body());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext service) {
        return send(HttpRequest.newBuilder(uri(service, "/api/v1/articles?source=restart"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Harbour reopens after the strike\n\nShips sail again.")));
    }

    private static URI uri(ConfigurableApplicationContext service, String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
