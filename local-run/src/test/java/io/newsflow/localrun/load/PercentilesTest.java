package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void nearestRankOfUnsortedValues() {
        List<Long> values = new ArrayList<>(LongStream.rangeClosed(1, 200).boxed().toList());
        Collections.shuffle(values, new java.util.Random(7));

        Percentiles percentiles = Percentiles.of(values);

        assertThat(percentiles.at(50)).isEqualTo(100);
        assertThat(percentiles.at(95)).isEqualTo(190);
        assertThat(percentiles.at(99)).isEqualTo(198);
        assertThat(percentiles.max()).isEqualTo(200);
        assertThat(percentiles.count()).isEqualTo(200);
    }

    @Test
    void aSlowTailShowsInP99ButNotInTheMedian() {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 98; i++) {
            values.add(40L);
        }
        values.add(5_000L);
        values.add(9_000L);

        Percentiles percentiles = Percentiles.of(values);

        assertThat(percentiles.at(50)).isEqualTo(40);
        assertThat(percentiles.at(98)).isEqualTo(40);
        assertThat(percentiles.at(99)).isEqualTo(5_000);
        assertThat(percentiles.summary()).isEqualTo("p50=40 ms p95=40 ms p99=5000 ms max=9000 ms");
    }

    @Test
    void oneValueIsEveryPercentile() {
        Percentiles percentiles = Percentiles.of(List.of(7L));

        assertThat(percentiles.at(1)).isEqualTo(7);
        assertThat(percentiles.at(99)).isEqualTo(7);
    }

    @Test
    void refusesWhatHasNoAnswer() {
        assertThat(Percentiles.of(List.of()).summary()).isEqualTo("no values");
        assertThatThrownBy(() -> Percentiles.of(List.of()).at(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Percentiles.of(List.of(1L)).at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(List.of(1L)).at(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
