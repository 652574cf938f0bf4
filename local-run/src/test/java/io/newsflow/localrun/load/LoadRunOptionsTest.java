package io.newsflow.localrun.load;

import io.newsflow.localrun.InvalidOptionsException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadRunOptionsTest {

    @Test
    void defaultsToTwentyThousandArticlesAtMaximumThenHalfRateWithABaseline() throws InvalidOptionsException {
        LoadRunOptions options = LoadRunOptions.parse(new String[0]);

        assertThat(options).isEqualTo(new LoadRunOptions(20_000, 20_000, 20_000, OptionalInt.empty(), 8, 9492,
                Path.of("target", "load-run").toAbsolutePath().normalize(), Duration.ofSeconds(180),
                Duration.ofSeconds(5), true, 200, 500));
        assertThat(options.openLoop()).isFalse();
        assertThat(options.warmup()).isEqualTo(500);
    }

    @Test
    void readsEveryOption() throws InvalidOptionsException {
        LoadRunOptions options = LoadRunOptions.parse(new String[]{"--articles", "300", "--half-articles", "200",
                "--baseline-articles", "100", "--rate", "25",
                "--pushers", "4", "--port-base", "19420", "--data-dir", "/tmp/load", "--timeout", "60",
                "--sample-every", "2", "--no-baseline", "--max-backlog", "50", "--warmup-articles", "20"});

        assertThat(options).isEqualTo(new LoadRunOptions(300, 200, 100, OptionalInt.of(25), 4, 19420, Path.of("/tmp/load"),
                Duration.ofSeconds(60), Duration.ofSeconds(2), false, 50, 20));
    }

    @Test
    void openLoopIsAnUnboundedBacklog() throws InvalidOptionsException {
        assertThat(LoadRunOptions.parse(new String[]{"--open-loop"}).maxBacklog()).isZero();
        assertThat(LoadRunOptions.parse(new String[]{"--open-loop"}).openLoop()).isTrue();
        assertThat(LoadRunOptions.parse(new String[]{"--max-backlog", "0"}).openLoop()).isTrue();
    }

    @Test
    void warmUpIsAtMostAQuarterOfTheFewestArticlesMeasured() throws InvalidOptionsException {
        // CI's short run: 300 articles, the baseline on all of them
        assertThat(LoadRunOptions.parse(new String[]{"--articles", "300"}).warmup()).isEqualTo(75);
        // the baseline measures fewer than the pipeline: its count decides, for both
        assertThat(LoadRunOptions.parse(new String[]{"--articles", "3000", "--baseline-articles", "1000"}).warmup())
                .isEqualTo(250);
        // without a baseline only the pipeline's count matters
        assertThat(LoadRunOptions.parse(new String[]{"--articles", "3000", "--baseline-articles", "1000",
                "--no-baseline"}).warmup()).isEqualTo(500);
        assertThat(LoadRunOptions.parse(new String[]{"--warmup-articles", "0"}).warmup()).isZero();
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--rate", "max"}))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--rate must be a positive whole number, not 'max'");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--articles", "0"}))
                .hasMessageContaining("--articles must be a positive whole number");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--articles", "100", "--baseline-articles", "101"}))
                .hasMessageContaining("at most 100, not 101");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--port-base", "65534"}))
                .hasMessageContaining("room for four ports");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--faults", "yes"}))
                .hasMessageContaining("Unknown load-run option --faults");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--max-backlog", "-1"}))
                .hasMessageContaining("--max-backlog must be 0 or a positive whole number, not '-1'");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--warmup-articles", "many"}))
                .hasMessageContaining("--warmup-articles must be 0 or a positive whole number");
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--pushers"}))
                .hasMessageContaining("--pushers needs a value");
    }
}
