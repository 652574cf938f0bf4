package io.newsflow.ingest.web.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("90", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void readsHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Tue, 12 Mar 2024 10:05:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void readsHttpDateInThePastAsNoWait() {
        assertThat(RetryAfter.parse("Tue, 12 Mar 2024 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresValuesThatAreNeitherSecondsNorADate() {
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse(null, NOW)).isNull();
    }
}
