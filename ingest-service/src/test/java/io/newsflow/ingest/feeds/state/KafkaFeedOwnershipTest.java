package io.newsflow.ingest.feeds.state;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link KafkaFeedOwnership} on a real broker: how replicas share the feeds, and pass them on. */
@EmbeddedKafka
class KafkaFeedOwnershipTest {
    /** Joining a group and rebalancing twice (cooperative), on a busy two-core machine. */
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

    private static KafkaFeedOwnership ready(KafkaFeedOwnership replica) {
        await().atMost(SETTLE).until(() -> replica.status().ready());
        return replica;
    }

    @Test
    void theFeedsCoverEveryPartition() {
        assertThat(FEEDS.stream().map(feed -> FeedPartitioner.partitionOf(feed, FeedStateCluster.PARTITIONS))
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void aSingleReplicaOwnsEveryFeedOnceItsPartitionsAreAssigned() {
        KafkaFeedOwnership replica = cluster.withTopic().startReplica();

        ready(replica);

        assertThat(FEEDS).allMatch(replica::owns);
        assertThat(replica.status().ownedPartitions()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void twoReplicasSplitFeedsBetweenThem() {
        cluster.withTopic();
        KafkaFeedOwnership first = ready(cluster.startReplica());
        try (OwnershipWatch watch = new OwnershipWatch(first)) {
            KafkaFeedOwnership second = cluster.startReplica();
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
        KafkaFeedOwnership first = ready(cluster.startReplica());
        KafkaFeedOwnership second = cluster.startReplica();
        await().atMost(SETTLE).until(() -> FEEDS.stream().allMatch(feed -> first.owns(feed) ^ second.owns(feed))
                && FEEDS.stream().anyMatch(second::owns));

        first.stop();

        await().atMost(SETTLE).until(() -> FEEDS.stream().allMatch(second::owns));
    }

    @Test
    void ownsNothingUntilTheTopicExists() {
        KafkaFeedOwnership replica = cluster.startReplica();

        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(replica.status().notReadyReason()).contains(cluster.topic(), "does not exist"));
        assertThat(FEEDS).noneMatch(replica::owns);

        cluster.withTopic();

        ready(replica);
        assertThat(FEEDS).allMatch(replica::owns);
    }

    /**
     * Checks, for as long as it is open, that no feed is ever owned by two replicas at the same moment —
     * including while the group rebalances.
     */
    private static final class OwnershipWatch implements AutoCloseable {
        private final List<KafkaFeedOwnership> replicas = new CopyOnWriteArrayList<>();
        private final Set<String> ownedTwice = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final Thread thread;

        OwnershipWatch(KafkaFeedOwnership replica) {
            replicas.add(replica);
            thread = new Thread(this::watch, "ownership-watch");
            thread.start();
        }

        void alsoWatch(KafkaFeedOwnership replica) {
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
