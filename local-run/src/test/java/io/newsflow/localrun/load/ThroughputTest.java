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
    void tooFewCompletionsHaveNoRate() {
        assertThat(Throughput.sustained(List.of())).isZero();
        assertThat(Throughput.sustained(List.of(5L))).isZero();
        assertThat(Throughput.sustained(List.of(5L, 5L))).isZero();
    }
}
