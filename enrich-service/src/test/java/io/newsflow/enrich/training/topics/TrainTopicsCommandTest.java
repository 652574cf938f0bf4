package io.newsflow.enrich.training.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of {@code train-topics}; the training itself is exercised by {@code eval topics}. */
class TrainTopicsCommandTest {
    @TempDir
    Path dir;

    @Test
    void saysWhichDatasetIsMissingAndWritesNothing() {
        Path out = dir.resolve("model.bin.gz");

        Run run = run("--datasets", dir.resolve("nowhere").toString(), "--out", out.toString());

        assertThat(run.status).isEqualTo(TrainTopicsCommand.FAILED);
        assertThat(run.err).contains("iptc_mediatopic_2023-10-24.csv", "--datasets DIR");
        assertThat(out).doesNotExist();
        assertThat(run.out).isEmpty();
    }

    @Test
    void rejectsAnUnknownOptionWithTheUsage() {
        Run run = run("--epochs", "3");

        assertThat(run.status).isEqualTo(TrainTopicsCommand.USAGE);
        assertThat(run.err).contains("unknown argument --epochs", "usage: train-topics");
    }

    @Test
    void printsTheUsageOnRequest() {
        Run run = run("--help");

        assertThat(run.status).isEqualTo(TrainTopicsCommand.OK);
        assertThat(run.out).contains("--datasets DIR", "--conll FILE", "--out FILE");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new TrainTopicsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
