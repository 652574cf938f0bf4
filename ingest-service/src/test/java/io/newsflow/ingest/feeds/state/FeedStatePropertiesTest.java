package io.newsflow.ingest.feeds.state;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FeedStatePropertiesTest {

    private static FeedStateProperties with(int partitions, Duration writeTimeout, Duration pollTimeout, Duration lease) {
        return new FeedStateProperties("state", partitions, (short) 1, "group", writeTimeout, pollTimeout, lease);
    }

    @Test
    void acceptsTheDefaults() {
        assertThatNoException().isThrownBy(() ->
                with(3, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(15)));
    }

    @Test
    void refusesATopicWithoutPartitions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(0, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(15)))
                .withMessageContaining("newsflow.ingest.feeds.state.partitions");
    }

    @Test
    void refusesALeaseThatAPollCouldOutlast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(3, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(9)))
                .withMessageContaining("newsflow.ingest.feeds.state.ownership-lease");
    }

    @Test
    void refusesALeaseLongEnoughForKafkaToMoveThePartitionsFirst() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(3, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofMinutes(5)))
                .withMessageContaining("newsflow.ingest.feeds.state.ownership-lease");
    }

    @Test
    void refusesAWriteTimeoutOutsideTheSupportedRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(3, Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(15)))
                .withMessageContaining("newsflow.ingest.feeds.state.write-timeout");
    }
}
