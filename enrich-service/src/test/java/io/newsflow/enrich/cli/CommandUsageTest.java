package io.newsflow.enrich.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandUsageTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandUsage usage = new CommandUsage("demo", "usage: demo [--in FILE]",
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void givesTheOptionsOfALineItAccepts() {
        CommandUsage.Parsed parsed = usage.parse(new String[] {"--in", "a.txt"}, List.of("--in"));

        assertThat(parsed.answered()).isFalse();
        assertThat(parsed.options().value("--in")).contains("a.txt");
        assertThat(out.size() + err.size()).isZero();
    }

    @Test
    void answersHelpOnStandardOutputAndSucceeds() {
        CommandUsage.Parsed parsed = usage.parse(new String[] {"--help"}, List.of("--in"));

        assertThat(parsed.answered()).isTrue();
        assertThat(parsed.exitCode()).isEqualTo(CommandUsage.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("usage: demo [--in FILE]\n");
    }

    @Test
    void refusesAnUnknownOptionWithTheProblemAndTheUsageOnStandardError() {
        CommandUsage.Parsed parsed = usage.parse(new String[] {"--out", "b"}, List.of("--in"));

        assertThat(parsed.exitCode()).isEqualTo(CommandUsage.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("demo: unknown argument --out\nusage: demo [--in FILE]\n");
        assertThat(out.size()).isZero();
    }
}
