package io.newsflow.ingest.feeds.state;

import io.newsflow.common.ninjs.PubStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.newsflow.ingest.feeds.state.Candidate.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/** {@link KafkaFeedState} on a real broker: what survives a restart, and how replicas share the feeds. */
@EmbeddedKafka
class KafkaFeedStateTest {
    /** Joining a group, rebalancing twice (cooperative) and loading, on a busy two-core machine. */
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final List<String> FEEDS = IntStream.range(0, 12).mapToObj(i -> "wire-" + i).toList();

    private FeedStateCluster cluster;

    @BeforeEach
    void newTopic(TestInfo test) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        cluster = FeedStateCluster.onNewTopic(broker, test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeReplicas() {
        cluster.close();
    }

    private static String feedOnPartition(int partition) {
        return FEEDS.stream().filter(feed -> FeedPartitioner.partitionOf(feed, FeedStateCluster.PARTITIONS) == partition)
                .findFirst().orElseThrow();
    }

    private static KafkaFeedState ready(KafkaFeedState replica) {
        await().atMost(SETTLE).until(() -> replica.status().ready());
        return replica;
    }

    @Test
    void theFeedsCoverEveryPartition() {
        assertThat(FEEDS.stream().map(feed -> FeedPartitioner.partitionOf(feed, FeedStateCluster.PARTITIONS))
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void aSingleReplicaOwnsEveryFeedOnceItsStateIsLoaded() {
        KafkaFeedState replica = cluster.withTopic().startReplica();

        ready(replica);

        assertThat(FEEDS).allMatch(replica::owns);
        assertThat(replica.status().ownedPartitions()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void readsItsOwnWriteAtOnce() {
        KafkaFeedState replica = ready(cluster.withTopic().startReplica());
        Candidate ferry = article("harbour-wire:ferry");

        replica.recordPublished("wire-1", ferry.event());

        assertThat(replica.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void recordsSurviveRestart() {
        KafkaFeedState first = ready(cluster.withTopic().startReplica());
        Candidate ferry = article("harbour-wire:ferry").version("2");
        Candidate strike = article("harbour-wire:strike");
        assertThat(first.decide(ferry.event())).isEqualTo(PublishDecision.NEW);
        first.recordPublished("wire-1", ferry.event());
        first.recordPublished("wire-2", strike.event());
        first.close();

        KafkaFeedState restarted = ready(cluster.startReplica());

        assertThat(restarted.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(strike.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(article("harbour-wire:tide").event())).isEqualTo(PublishDecision.NEW);
        assertThat(restarted.status().records()).isEqualTo(2);
    }

    @Test
    void keepsOnlyTheLatestVersionAcrossRestarts() {
        KafkaFeedState first = ready(cluster.withTopic().startReplica());
        Candidate ferry = article("harbour-wire:ferry");
        first.recordPublished("wire-1", ferry.version("1").event());
        first.recordPublished("wire-1", ferry.version("2").content("content-2").event());
        first.close();

        KafkaFeedState restarted = ready(cluster.startReplica());

        assertThat(restarted.decide(ferry.version("2").content("content-2").event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(ferry.version("1").event())).isEqualTo(PublishDecision.STALE);
        assertThat(restarted.decide(ferry.version("3").content("content-3").event())).isEqualTo(PublishDecision.UPDATE);
    }

    @Test
    void retractionIsPublishedOnceAcrossRestarts() {
        KafkaFeedState first = ready(cluster.withTopic().startReplica());
        Candidate ferry = article("harbour-wire:ferry").version("2");
        Candidate canceled = ferry.pubStatus(PubStatus.CANCELED);
        first.recordPublished("wire-1", ferry.event());
        assertThat(first.decide(canceled.event())).isEqualTo(PublishDecision.RETRACTION);
        first.recordPublished("wire-1", canceled.event());
        first.close();

        KafkaFeedState restarted = ready(cluster.startReplica());

        assertThat(restarted.decide(canceled.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(ferry.version("1").pubStatus(PubStatus.CANCELED).event()))
                .isEqualTo(PublishDecision.STALE);
    }

    @Test
    void twoReplicasSplitFeedsBetweenThem() {
        cluster.withTopic();
        KafkaFeedState first = ready(cluster.startReplica());
        try (OwnershipWatch watch = new OwnershipWatch(first)) {
            KafkaFeedState second = cluster.startReplica();
            watch.alsoWatch(second);

            await().atMost(SETTLE).untilAsserted(() -> {
                assertThat(FEEDS).allMatch(feed -> first.owns(feed) ^ second.owns(feed));
                assertThat(FEEDS).anyMatch(first::owns).anyMatch(second::owns);
            });

            assertThat(watch.feedsOwnedTwice()).isEmpty();
        }
    }

    @Test
    void ownershipMovesWhenAReplicaStops() {
        cluster.withTopic();
        KafkaFeedState first = ready(cluster.startReplica());
        KafkaFeedState second = cluster.startReplica();
        await().atMost(SETTLE).until(() -> FEEDS.stream().allMatch(feed -> first.owns(feed) ^ second.owns(feed))
                && FEEDS.stream().anyMatch(second::owns));
        String firstsFeed = FEEDS.stream().filter(first::owns).findFirst().orElseThrow();
        Candidate ferry = article("harbour-wire:ferry");
        first.recordPublished(firstsFeed, ferry.event());
        assertThat(second.decide(ferry.event())).as("state of a feed the other replica owns")
                .isEqualTo(PublishDecision.NEW);

        first.close();

        await().atMost(SETTLE).until(() -> FEEDS.stream().allMatch(second::owns));
        assertThat(second.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void ownsNothingAndStoresNothingUntilTheTopicExists() {
        KafkaFeedState replica = cluster.startReplica();
        Candidate ferry = article("harbour-wire:ferry");

        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(replica.status().notReadyReason()).contains(cluster.topic(), "does not exist"));
        assertThat(FEEDS).noneMatch(replica::owns);
        assertThatIllegalStateException().isThrownBy(() -> replica.recordPublished("wire-1", ferry.event()))
                .withMessageContaining(cluster.topic());

        cluster.withTopic();

        ready(replica);
        assertThat(FEEDS).allMatch(replica::owns);
    }

    @Test
    void skipsUnreadableStateRecords() throws Exception {
        KafkaFeedState first = ready(cluster.withTopic().startReplica());
        String feed = feedOnPartition(1);
        Candidate ferry = article("harbour-wire:ferry");
        Candidate strike = article("harbour-wire:strike");
        first.recordPublished(feed, ferry.event());
        cluster.writeGarbage(1, "harbour-wire:tide", "{not json");
        cluster.writeGarbage(1, "harbour-wire:gale", "[\"" + feed + "\", 2]");
        first.recordPublished(feed, strike.event());
        first.close();

        KafkaFeedState restarted = ready(cluster.startReplica());

        assertThat(restarted.owns(feed)).isTrue();
        assertThat(restarted.decide(ferry.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.decide(strike.event())).isEqualTo(PublishDecision.DUPLICATE);
        assertThat(restarted.status().unreadableRecords()).isEqualTo(2);
    }

    /**
     * Checks, for as long as it is open, that no feed is ever owned by two replicas at the same moment —
     * including while the group rebalances.
     */
    private static final class OwnershipWatch implements AutoCloseable {
        private final List<KafkaFeedState> replicas = new CopyOnWriteArrayList<>();
        private final Set<String> ownedTwice = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final Thread thread;

        OwnershipWatch(KafkaFeedState replica) {
            replicas.add(replica);
            thread = new Thread(this::watch, "ownership-watch");
            thread.start();
        }

        void alsoWatch(KafkaFeedState replica) {
            replicas.add(replica);
        }

        private void watch() {
            while (watching.get()) {
                for (String feed : FEEDS) {
                    if (replicas.stream().filter(replica -> replica.owns(feed)).count() > 1) {
                        ownedTwice.add(feed);
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
            }
        }

        Set<String> feedsOwnedTwice() {
            return Set.copyOf(ownedTwice);
        }

        @Override
        public void close() {
            watching.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
