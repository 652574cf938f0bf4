package io.newsflow.ingest.feeds.state;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FeedStatePropertiesTest {

    private static FeedStateProperties with(Duration pollTimeout, Duration lease) {
        return new FeedStateProperties("group", pollTimeout, lease);
    }

    @Test
    void acceptsTheDefaults() {
        assertThatNoException().isThrownBy(() -> with(Duration.ofMillis(500), Duration.ofSeconds(15)));
    }

    @Test
    void refusesALeaseThatAPollCouldOutlast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(Duration.ofSeconds(5), Duration.ofSeconds(9)))
                .withMessageContaining("newsflow.ingest.feeds.state.ownership-lease");
    }

    @Test
    void refusesALeaseLongEnoughForKafkaToMoveThePartitionsFirst() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(Duration.ofMillis(500), Duration.ofMinutes(5)))
                .withMessageContaining("newsflow.ingest.feeds.state.ownership-lease");
    }
}
