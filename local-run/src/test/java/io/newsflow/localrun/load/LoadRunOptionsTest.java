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
                Duration.ofSeconds(5), true));
    }

    @Test
    void readsEveryOption() throws InvalidOptionsException {
        LoadRunOptions options = LoadRunOptions.parse(new String[]{"--articles", "300", "--half-articles", "200",
                "--baseline-articles", "100", "--rate", "25",
                "--pushers", "4", "--port-base", "19420", "--data-dir", "/tmp/load", "--timeout", "60",
                "--sample-every", "2", "--no-baseline"});

        assertThat(options).isEqualTo(new LoadRunOptions(300, 200, 100, OptionalInt.of(25), 4, 19420, Path.of("/tmp/load"),
                Duration.ofSeconds(60), Duration.ofSeconds(2), false));
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
        assertThatThrownBy(() -> LoadRunOptions.parse(new String[]{"--pushers"}))
                .hasMessageContaining("--pushers needs a value");
    }
}
