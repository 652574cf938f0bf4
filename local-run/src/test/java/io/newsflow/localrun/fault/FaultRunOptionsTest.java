package io.newsflow.localrun.fault;

import io.newsflow.localrun.InvalidOptionsException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultRunOptionsTest {

    @Test
    void defaultsToThreeThousandArticlesAtFortyPerSecond() throws InvalidOptionsException {
        FaultRunOptions options = FaultRunOptions.parse(new String[0]);

        assertThat(options.articles()).isEqualTo(3000);
        assertThat(options.rate()).isEqualTo(40);
        assertThat(options.portBase()).isEqualTo(9292);
        assertThat(options.dataDir()).isEqualTo(Path.of("target", "fault-run").toAbsolutePath().normalize());
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.classDataSharing()).isTrue();
    }

    @Test
    void readsEveryOption() throws InvalidOptionsException {
        FaultRunOptions options = FaultRunOptions.parse(new String[]{"--articles", "400", "--rate", "20",
                "--port-base", "29010", "--no-cds", "--data-dir", "/tmp/fault", "--timeout", "90"});

        assertThat(options).isEqualTo(new FaultRunOptions(400, 20, 29010, Path.of("/tmp/fault"),
                Duration.ofSeconds(90), false));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> FaultRunOptions.parse(new String[]{"--rate", "fast"}))
                .hasMessageContaining("--rate must be a positive whole number, not 'fast'");
        assertThatThrownBy(() -> FaultRunOptions.parse(new String[]{"--articles", "5"}))
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> FaultRunOptions.parse(new String[]{"--kill", "all"}))
                .hasMessageContaining("Unknown fault-run option --kill");
        assertThatThrownBy(() -> FaultRunOptions.parse(new String[]{"--rate"}))
                .hasMessageContaining("--rate needs a value");
    }

    @Test
    void percentileIsTheNearestRankOfTheSortedLatencies() {
        List<Long> sorted = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);

        assertThat(FaultRun.percentile(sorted, 50)).isEqualTo(50L);
        assertThat(FaultRun.percentile(sorted, 95)).isEqualTo(100L);
        assertThat(FaultRun.percentile(List.of(7L), 99)).isEqualTo(7L);
    }
}
