package io.newsflow.ingest.auth;

import io.newsflow.ingest.auth.TokenBucket.Admission;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The bucket against a clock the test moves by hand, so nothing here sleeps or depends on timing. */
class TokenBucketTest {
    private final AtomicLong now = new AtomicLong(123_456_789L);

    private TokenBucket bucket(double requestsPerSecond, int burst) {
        return new TokenBucket(new Rate(requestsPerSecond, burst), now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void admitsAFullBurstAtOnceAndRefusesTheNextRequest() {
        TokenBucket bucket = bucket(2, 3);

        assertThat(bucket.tryTake().admitted()).isTrue();
        assertThat(bucket.tryTake().admitted()).isTrue();
        assertThat(bucket.tryTake().admitted()).isTrue();
        Admission fourth = bucket.tryTake();

        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucket bucket = bucket(4, 1);
        assertThat(bucket.tryTake().admitted()).isTrue();

        advance(Duration.ofMillis(249));
        assertThat(bucket.tryTake().admitted()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(bucket.tryTake().admitted()).isTrue();
    }

    @Test
    void admitsAClientThatWaitsExactlyAsLongAsItWasTold() {
        TokenBucket bucket = bucket(3, 1);
        bucket.tryTake();
        advance(Duration.ofMillis(100));

        Admission refused = bucket.tryTake();
        advance(refused.retryAfter());

        assertThat(refused.admitted()).isFalse();
        assertThat(bucket.tryTake().admitted()).isTrue();
    }

    @Test
    void tellsHowLongUntilTheNextTokenCountingTimeAlreadyWaited() {
        TokenBucket bucket = bucket(0.1, 1);
        bucket.tryTake();
        advance(Duration.ofSeconds(4));

        assertThat(bucket.tryTake().retryAfter()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void neverHoldsMoreThanItsBurstHoweverLongItWasIdle() {
        TokenBucket bucket = bucket(10, 2);
        advance(Duration.ofDays(365));

        assertThat(bucket.tryTake().admitted()).isTrue();
        assertThat(bucket.tryTake().admitted()).isTrue();
        assertThat(bucket.tryTake().admitted()).isFalse();
    }

    @Test
    void doesNotTakeATokenForARefusedRequest() {
        TokenBucket bucket = bucket(1, 1);
        bucket.tryTake();
        for (int i = 0; i < 5; i++) {
            advance(Duration.ofMillis(100));
            assertThat(bucket.tryTake().admitted()).isFalse();
        }

        advance(Duration.ofMillis(500));

        assertThat(bucket.tryTake().admitted()).isTrue();
    }

    @Test
    void roundsRetryAfterUpToWholeSecondsAndNeverBelowOne() {
        assertThat(Admission.refused(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(Admission.refused(Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
        assertThat(Admission.refused(Duration.ofSeconds(2).plusNanos(1)).retryAfterSeconds()).isEqualTo(3);
        assertThat(Admission.refused(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void takesFractionalRatesBelowOneRequestPerSecond() {
        TokenBucket bucket = bucket(0.5, 1);
        bucket.tryTake();

        Admission refused = bucket.tryTake();

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }
}
