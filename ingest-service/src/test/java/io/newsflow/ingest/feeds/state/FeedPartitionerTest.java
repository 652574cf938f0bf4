package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeedPartitionerTest {

    @Test
    void placesAFeedWhereKafkaPlacesItsIdAsKey() {
        for (int i = 0; i < 200; i++) {
            String feedId = "feed-" + i;
            int kafkas = BuiltInPartitioner.partitionForKey(feedId.getBytes(StandardCharsets.UTF_8), 7);

            assertThat(FeedPartitioner.partitionOf(feedId, 7)).as(feedId).isEqualTo(kafkas);
        }
    }

    @Test
    void spreadsFeedsOverEveryPartition() {
        Set<Integer> used = IntStream.range(0, 50).mapToObj(i -> FeedPartitioner.partitionOf("wire-" + i, 3))
                .collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void refusesATopicWithoutPartitions() {
        assertThatIllegalArgumentException().isThrownBy(() -> FeedPartitioner.partitionOf("wire", 0));
    }
}
