package io.newsflow.ingest.versions;

import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.ingest.publish.PublishingReplica;
import io.newsflow.ingest.publish.RawArticlePublisher;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.newsflow.ingest.versions.Candidate.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link PublishedVersions} on a real broker, written by the real publisher as feeds and pushes write it: what
 * survives a restart, what another replica sees, and what it skips.
 */
@EmbeddedKafka
class PublishedVersionsTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final String FEED = "wire-1";

    private final List<PublishingReplica> replicas = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private String rawTopic;
    private String versionsTopic;

    @BeforeEach
    void topicsOfTheirOwn(TestInfo test) {
        broker = EmbeddedKafkaCondition.getBroker();
        String name = test.getTestMethod().orElseThrow().getName();
        rawTopic = "raw." + name;
        versionsTopic = "versions." + name;
    }

    @AfterEach
    void closeReplicas() {
        replicas.forEach(PublishingReplica::close);
    }

    private void createTopics() {
        broker.addTopics(TopicBuilder.name(rawTopic).partitions(3).replicas(1).build(),
                TopicBuilder.name(versionsTopic).partitions(3).replicas(1).compact().build());
    }

    private PublishingReplica replica(String instanceId) {
        PublishingReplica replica = PublishingReplica.start(broker, rawTopic, versionsTopic, instanceId);
        replicas.add(replica);
        return replica;
    }

    /** A fresh replica's view, read up to date. */
    private PublishedVersions restarted() {
        PublishedVersions versions = replica("restarted").versions();
        versions.catchUp(CATCH_UP);
        return versions;
    }

    private static void publishFromFeed(RawArticlePublisher publisher, Candidate... candidates) {
        for (Candidate candidate : candidates) {
            assertThat(publisher.publishAll(List.of(candidate.event()), FEED)).allMatch(outcome -> outcome.isPublished());
        }
    }

    @Test
    void readsItsOwnWriteAtOnce() {
        createTopics();
        PublishedVersions versions = replica("a").versions();
        Candidate ferry = article("harbour-wire:ferry");

        versions.remember(ferry.id(), 0, 0, ferry.publishedFrom(FEED));

        assertThat(versions.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void recordsSurviveRestart() {
        createTopics();
        PublishingReplica first = replica("a");
        Candidate ferry = article("harbour-wire:ferry").version("2");
        Candidate strike = article("harbour-wire:strike");
        assertThat(first.versions().decide(ferry.event())).isEqualTo(PublishDecision.NEW);
        publishFromFeed(first.publisher(), ferry, strike);

        PublishedVersions restarted = restarted();

        assertThat(restarted.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(strike.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(article("harbour-wire:tide").event())).isEqualTo(PublishDecision.NEW);
        assertThat(restarted.status().records()).isEqualTo(2);
    }

    @Test
    void keepsOnlyTheLatestVersionAcrossRestarts() {
        createTopics();
        Candidate ferry = article("harbour-wire:ferry");
        publishFromFeed(replica("a").publisher(), ferry.version("1"), ferry.version("2").content("content-2"));

        PublishedVersions restarted = restarted();

        assertThat(restarted.decide(ferry.version("2").content("content-2").event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(ferry.version("1").event())).isEqualTo(PublishDecision.STALE);
        assertThat(restarted.decide(ferry.version("3").content("content-3").event())).isEqualTo(PublishDecision.UPDATE);
    }

    @Test
    void retractionIsPublishedOnceAcrossRestarts() {
        createTopics();
        PublishingReplica first = replica("a");
        Candidate ferry = article("harbour-wire:ferry").version("2");
        Candidate canceled = ferry.pubStatus(PubStatus.CANCELED);
        publishFromFeed(first.publisher(), ferry);
        assertThat(first.versions().decide(canceled.event())).isEqualTo(PublishDecision.RETRACTION);
        publishFromFeed(first.publisher(), canceled);

        PublishedVersions restarted = restarted();

        assertThat(restarted.decide(canceled.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(ferry.version("1").pubStatus(PubStatus.CANCELED).event()))
                .isEqualTo(PublishDecision.STALE);
    }

    @Test
    void seesWhatAnotherReplicaWroteOnceCaughtUp() {
        createTopics();
        PublishingReplica a = replica("a");
        PublishingReplica b = replica("b");
        Candidate ferry = article("harbour-wire:ferry");

        publishFromFeed(a.publisher(), ferry);
        b.versions().catchUp(CATCH_UP);

        assertThat(b.versions().decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(b.versions().alreadyWritten(ferry.event())).hasValueSatisfying(version -> {
            assertThat(version.topic()).isEqualTo(rawTopic);
            assertThat(version.feedId()).isEqualTo(FEED);
        });
    }

    @Test
    void decidesByRecordsWrittenBeforeTheyNamedTheRawRecordButAnswersNoPushWithThem() throws Exception {
        createTopics();
        Candidate ferry = article("harbour-wire:ferry");
        // A feed-state record as ingest wrote it before the versions record named the raw record's place.
        writeRaw(0, ferry.id(), "{\"feedId\":\"wire-1\",\"version\":\"1\",\"contentHash\":\"content-1\","
                + "\"pubStatus\":\"usable\",\"versionCreated\":\"2026-03-02T08:00:00Z\","
                + "\"publishedAt\":\"2026-03-02T08:00:06Z\"}");

        PublishedVersions versions = restarted();

        assertThat(versions.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(versions.alreadyWritten(ferry.event())).isEmpty();
    }

    @Test
    void skipsUnreadableRecords() throws Exception {
        createTopics();
        Candidate ferry = article("harbour-wire:ferry");
        Candidate strike = article("harbour-wire:strike");
        RawArticlePublisher publisher = replica("a").publisher();
        publishFromFeed(publisher, ferry);
        writeRaw(1, "harbour-wire:tide", "{not json");
        writeRaw(1, "harbour-wire:gale", "[\"" + FEED + "\", 2]");
        publishFromFeed(publisher, strike);

        PublishedVersions restarted = restarted();

        assertThat(restarted.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(strike.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.status().unreadableRecords()).isEqualTo(2);
    }

    @Test
    void cannotCatchUpUntilTheTopicExists() {
        PublishedVersions versions = new PublishedVersions(
                new PublishedVersionsProperties(versionsTopic, 3, (short) 1, Duration.ofMillis(200)),
                Map.of("bootstrap.servers", broker.getBrokersAsString()),
                Map.of("bootstrap.servers", broker.getBrokersAsString()));
        try {
            versions.start();
            await().atMost(CATCH_UP).untilAsserted(() ->
                    assertThat(versions.status().notLoadedReason()).contains(versionsTopic, "does not exist"));
            assertThatThrownBy(() -> versions.catchUp(Duration.ofMillis(200)))
                    .isInstanceOf(StateUnavailableException.class).hasMessageContaining(versionsTopic);

            createTopics();

            await().atMost(CATCH_UP).until(() -> versions.status().loaded());
            versions.catchUp(CATCH_UP);
            assertThat(versions.decide(article("harbour-wire:ferry").event())).isEqualTo(PublishDecision.NEW);
        } finally {
            versions.close();
        }
    }

    /** Writes bytes to the versions topic as a broken, foreign or older producer might. */
    private void writeRaw(int partition, String key, String value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(versionsTopic, partition, key.getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }
}
