package io.newsflow.enrich.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandOptionsTest {
    private static final List<String> KNOWN = List.of("--datasets", "--out");

    @Test
    void readsEachOptionsValueAndFallsBackForTheOthers() {
        CommandOptions options = CommandOptions.parse(new String[]{"--out", "model.bin"}, KNOWN);

        assertThat(options.helpWanted()).isFalse();
        assertThat(options.path("--out", Path.of("default.bin"))).isEqualTo(Path.of("model.bin"));
        assertThat(options.path("--datasets", Path.of("../shared/datasets"))).isEqualTo(Path.of("../shared/datasets"));
        assertThat(options.value("--datasets")).isEmpty();
    }

    @Test
    void helpWinsOverEverythingElse() {
        assertThat(CommandOptions.parse(new String[]{"--out", "x", "--help", "--bogus"}, KNOWN).helpWanted()).isTrue();
        assertThat(CommandOptions.parse(new String[]{"-h"}, KNOWN).helpWanted()).isTrue();
    }

    @Test
    void refusesUnknownArgumentsAndOptionsWithoutValue() {
        assertThatThrownBy(() -> CommandOptions.parse(new String[]{"--epochs", "3"}, KNOWN))
                .hasMessage("unknown argument --epochs");
        assertThatThrownBy(() -> CommandOptions.parse(new String[]{"--datasets"}, KNOWN))
                .hasMessage("--datasets needs a value");
    }
}
