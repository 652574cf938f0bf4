package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputTest {

    @Test
    void countsCompletionsAfterTheFirstOverTheSpan() {
        // 11 completions 100 ms apart: 10 in one second, whatever the order they are given in
        List<Long> times = List.of(1_000L, 1_500L, 1_100L, 1_200L, 1_300L, 1_400L, 1_600L, 1_700L, 1_800L,
                1_900L, 2_000L);

        assertThat(Throughput.sustained(times)).isEqualTo(10.0);
    }

    @Test
    void startUpBeforeTheFirstCompletionDoesNotCount() {
        assertThat(Throughput.sustained(List.of(60_000L, 60_500L, 61_000L))).isEqualTo(2.0);
    }

    @Test
    void warmUpCompletionsAreLeftOutBeforeTheStartingOne() {
        // three slow completions (JIT warm-up), then one every 100 ms: 10 a second from the fourth on
        List<Long> times = List.of(0L, 1_000L, 2_000L, 2_100L, 2_200L, 2_300L, 2_400L, 2_500L, 2_600L, 2_700L,
                2_800L, 2_900L, 3_000L, 3_100L);

        assertThat(Throughput.sustained(times, 3)).isEqualTo(10.0);
        assertThat(Throughput.sustained(times, 0)).isEqualTo(Throughput.sustained(times));
        assertThat(Throughput.sustained(times, 0)).isLessThan(5.0);
    }

    @Test
    void aWarmUpThatLeavesFewerThanTwoCompletionsHasNoRate() {
        assertThat(Throughput.sustained(List.of(1L, 2L, 3L), 2)).isZero();
        assertThat(Throughput.sustained(List.of(1L, 2L, 3L), 5)).isZero();
    }

    @Test
    void tooFewCompletionsHaveNoRate() {
        assertThat(Throughput.sustained(List.of())).isZero();
        assertThat(Throughput.sustained(List.of(5L))).isZero();
        assertThat(Throughput.sustained(List.of(5L, 5L))).isZero();
    }

    @Test
    void theSecondHalfIsTheRateOnceTheFirstHalfWentBy() {
        // ten completions a second apart (a long warm-up), then ten 100 ms apart
        List<Long> times = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            times.add(i * 1_000L);
        }
        for (int i = 1; i <= 10; i++) {
            times.add(9_000L + i * 100L);
        }

        assertThat(Throughput.secondHalf(times)).isEqualTo(10.0);
        assertThat(Throughput.sustained(times, 1)).isEqualTo(2.0);
        assertThat(Throughput.secondHalf(List.of(1L))).isZero();
    }
}
