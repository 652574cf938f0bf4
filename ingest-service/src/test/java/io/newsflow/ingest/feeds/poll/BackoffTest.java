package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.config.FeedsProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {
    private final Backoff backoff = new Backoff(new FeedsProperties.Backoff(Duration.ofSeconds(30),
            Duration.ofMinutes(30)));

    @Test
    void doublesWithEveryFailureUpToTheMaximum() {
        assertThat(backoff.exponential(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.exponential(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.exponential(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.exponential(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.exponential(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void spreadsDelaysByAtMostTwentyPercent() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(2, null)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
        }
    }

    @Test
    void waitsAtLeastWhatRetryAfterAskedEvenBeyondTheMaximum() {
        assertThat(backoff.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delay(3, Duration.ofSeconds(1))).isBetween(Duration.ofSeconds(96),
                Duration.ofSeconds(144));
    }
}
