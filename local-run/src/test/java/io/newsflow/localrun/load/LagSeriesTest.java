package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LagSeriesTest {

    @Test
    void enrichedPerSecondIsTheGrowthBetweenSamples() {
        LagSeries series = new LagSeries();
        series.add(new LagSample(5_000, 1_000, 100, 900));
        series.add(new LagSample(10_000, 2_000, 350, 1_650));
        series.add(new LagSample(12_000, 2_000, 550, 1_450));

        assertThat(series.enrichedPerSecond()).containsExactly(20.0, 50.0, 100.0);
        assertThat(series.maxConsumerLag()).isEqualTo(1_650);
    }

    @Test
    void tableHasARowPerSampleAndMarksAnUnansweredLag() {
        LagSeries series = new LagSeries();
        series.add(new LagSample(5_000, 400, 100, 300));
        series.add(new LagSample(10_000, 400, 400, -1));

        assertThat(series.table()).isEqualTo("""
                | t (s) | acked | enriched | consumer lag | in flight | enriched/s |
                |---:|---:|---:|---:|---:|---:|
                | 5 | 400 | 100 | 300 | 300 | 20.0 |
                | 10 | 400 | 400 | ? | 0 | 60.0 |
                """);
        assertThat(series.maxConsumerLag()).isEqualTo(300);
    }

    @Test
    void inFlightIsAcknowledgedButNotYetEnriched() {
        assertThat(new LagSample(0, 10, 4, 6).inFlight()).isEqualTo(6);
        // the counter may see a record before the pusher has read its 202
        assertThat(new LagSample(0, 10, 11, 0).inFlight()).isZero();
    }

    @Test
    void refusesSamplesOutOfTimeOrder() {
        LagSeries series = new LagSeries();
        series.add(new LagSample(5_000, 1, 1, 0));

        assertThatThrownBy(() -> series.add(new LagSample(4_000, 1, 1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LagSeries().maxConsumerLag()).isEqualTo(-1);
    }
}
