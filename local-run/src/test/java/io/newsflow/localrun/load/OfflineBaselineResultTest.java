package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineBaselineResultTest {

    @Test
    void twoBaselinesCountAsTheirMeanAndSayItInTheReport() {
        OfflineBaseline.Result before = new OfflineBaseline.Result(91.0, 98.0, OptionalDouble.of(12.0), "1.5", "1.4");
        OfflineBaseline.Result after = new OfflineBaseline.Result(119.0, 122.0, OptionalDouble.of(9.0), "0.9", "1.1");

        OfflineBaseline.Result mean = OfflineBaseline.Result.meanOf(before, after);

        assertThat(mean.throughput()).isEqualTo(105.0);
        assertThat(mean.secondHalf()).isEqualTo(110.0);
        assertThat(mean.cpuMillisPerArticle()).hasValue(10.5);
        assertThat(mean.loadAtStart()).isEqualTo("1.5");
        assertThat(mean.loadAtEnd()).isEqualTo("1.1");
        assertThat(mean.describeRuns()).isEqualTo("; offline is the mean of 91.0 before and 119.0 after");
        assertThat(before.describeRuns()).isEmpty();
    }

    @Test
    void aMissingCpuFigureLeavesTheMeanWithout() {
        OfflineBaseline.Result before = new OfflineBaseline.Result(100.0, 100.0, OptionalDouble.empty(), "1", "1");
        OfflineBaseline.Result after = new OfflineBaseline.Result(100.0, 100.0, OptionalDouble.of(9.0), "1", "1");

        assertThat(OfflineBaseline.Result.meanOf(before, after).cpuMillisPerArticle()).isEmpty();
    }
}
