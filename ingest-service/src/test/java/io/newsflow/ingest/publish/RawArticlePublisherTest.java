package io.newsflow.ingest.publish;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.ingest.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RawArticlePublisher} against a real broker, as one or more replicas each with its own producer and its
 * own copy of the published versions: a version already in the raw topic is answered with its original place and
 * never written again, whichever replica took it first and across restarts.
 */
@EmbeddedKafka
class RawArticlePublisherTest {
    private final List<PublishingReplica> replicas = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private String rawTopic;
    private String versionsTopic;
    private RawTopicReader raw;

    @BeforeEach
    void topicsOfTheirOwn(TestInfo test) {
        broker = EmbeddedKafkaCondition.getBroker();
        String name = test.getTestMethod().orElseThrow().getName();
        rawTopic = "raw." + name;
        versionsTopic = "versions." + name;
        broker.addTopics(TopicBuilder.name(rawTopic).partitions(3).replicas(1).build(),
                TopicBuilder.name(versionsTopic).partitions(3).replicas(1).compact().build());
        raw = new RawTopicReader(broker.getBrokersAsString(), rawTopic);
    }

    @AfterEach
    void closeReplicas() {
        replicas.forEach(PublishingReplica::close);
        raw.close();
    }

    private RawArticlePublisher replica(String instanceId) {
        PublishingReplica replica = PublishingReplica.start(broker, rawTopic, versionsTopic, instanceId);
        replicas.add(replica);
        return replica.publisher();
    }

    private static RawArticleEvent article(String id, String version, String contentHash) {
        NinjsItem item = new NinjsItem("urn:newsflow:test:" + id, "text", version, null, "2026-12-07T05:00:00Z", null,
                null, "en", List.of(), List.of(), null, null, null, null, null, null, null);
        return new RawArticleEvent(id, item, new SourceInfo("desk", "Desk", null), Instant.parse("2026-12-07T05:00:01Z"),
                contentHash);
    }

    /**
     * Records of the id on the raw topic, once the latest answer's record is readable: a committed transaction's
     * records become readable to read_committed readers when the broker has written its markers, just after the
     * commit returned.
     */
    private long recordsOf(String id, PublishedArticle latest) {
        raw.recordAt(latest.partition(), latest.offset());
        return raw.allRecords().stream().map(ConsumerRecord::key).filter(id::equals).count();
    }

    @Test
    void answersAResendWithTheOriginalPlaceAndWritesNothing() {
        RawArticlePublisher publisher = replica("a");
        RawArticleEvent ferry = article("desk:ferry", "1", "hash-1");

        PublishedArticle first = publisher.publish(ferry);
        PublishedArticle resend = publisher.publish(ferry);

        assertThat(first.duplicate()).isFalse();
        assertThat(resend.duplicate()).isTrue();
        assertThat(resend).extracting(PublishedArticle::topic, PublishedArticle::partition, PublishedArticle::offset)
                .containsExactly(first.topic(), first.partition(), first.offset());
        assertThat(raw.recordAt(first.partition(), first.offset()).key()).isEqualTo("desk:ferry");
        assertThat(recordsOf("desk:ferry", first)).isEqualTo(1);
    }

    @Test
    void anotherReplicaAnswersAVersionTheFirstOneWrote() {
        RawArticlePublisher a = replica("a");
        RawArticlePublisher b = replica("b");
        RawArticleEvent ferry = article("desk:ferry", "1", "hash-1");

        PublishedArticle first = a.publish(ferry);
        PublishedArticle resend = b.publish(ferry);

        assertThat(resend.duplicate()).isTrue();
        assertThat(resend.offset()).isEqualTo(first.offset());
        assertThat(resend.partition()).isEqualTo(first.partition());
        assertThat(recordsOf("desk:ferry", first)).isEqualTo(1);
    }

    @Test
    void aRestartedReplicaStillKnowsWhatItWrote() {
        PublishingReplica before = PublishingReplica.start(broker, rawTopic, versionsTopic, "a");
        RawArticleEvent ferry = article("desk:ferry", "1", "hash-1");
        PublishedArticle first = before.publisher().publish(ferry);
        before.close();

        PublishedArticle resend = replica("a").publish(ferry);

        assertThat(resend.duplicate()).isTrue();
        assertThat(resend.offset()).isEqualTo(first.offset());
        assertThat(recordsOf("desk:ferry", first)).isEqualTo(1);
    }

    @Test
    void writesAChangedVersion() {
        RawArticlePublisher a = replica("a");
        RawArticlePublisher b = replica("b");
        PublishedArticle first = a.publish(article("desk:ferry", "1", "hash-1"));

        PublishedArticle corrected = b.publish(article("desk:ferry", "1", "hash-2"));
        PublishedArticle newer = a.publish(article("desk:ferry", "2", "hash-3"));

        assertThat(corrected.duplicate()).isFalse();
        assertThat(newer.duplicate()).isFalse();
        assertThat(List.of(first.offset(), corrected.offset(), newer.offset())).doesNotHaveDuplicates();
        assertThat(recordsOf("desk:ferry", newer)).isEqualTo(3);
    }

    @Test
    void writesOneVersionOnceWhenManyRequestsBringItAtTheSameMoment() throws Exception {
        RawArticlePublisher publisher = replica("a");
        RawArticleEvent ferry = article("desk:ferry", "1", "hash-1");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<PublishedArticle>> pushes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pushes.add(() -> publisher.publish(ferry));
            }
            List<PublishedArticle> answers = new ArrayList<>();
            for (Future<PublishedArticle> answer : clients.invokeAll(pushes)) {
                answers.add(answer.get());
            }

            assertThat(answers).filteredOn(answer -> !answer.duplicate()).hasSize(1);
            assertThat(answers).extracting(PublishedArticle::offset).containsOnly(answers.get(0).offset());
            assertThat(recordsOf("desk:ferry", answers.get(0))).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void writesAVersionThatABatchHoldsTwiceOnce() {
        RawArticlePublisher publisher = replica("a");
        RawArticleEvent ferry = article("desk:ferry", "1", "hash-1");
        RawArticleEvent strike = article("desk:strike", "1", "hash-9");

        List<PublishOutcome> outcomes = publisher.publishAll(List.of(ferry, strike, ferry));

        assertThat(outcomes).allMatch(PublishOutcome::isPublished);
        assertThat(outcomes).extracting(PublishOutcome::isDuplicate).containsExactly(false, false, true);
        assertThat(outcomes.get(2).published().offset()).isEqualTo(outcomes.get(0).published().offset());
        assertThat(recordsOf("desk:ferry", outcomes.get(0).published())).isEqualTo(1);
        assertThat(recordsOf("desk:strike", outcomes.get(1).published())).isEqualTo(1);
    }
}
