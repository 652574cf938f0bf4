package io.newsflow.enrich.eval;

import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task on a NewsMTSC-format file of our own: four invented mentions the shipped model reads right, and a
 * three-word VADER-format lexicon under which the baseline gets the two mentions with a lexicon word near them
 * and the neutral one right, and calls the accused mayor of the first sentence neutral.
 */
class TargetSentimentTaskTest {
    static final String SAMPLE = """
            {"primary_gid": "a", "sentence_normalized": "Critics accused Mayor Dalton of corruption and lying to voters.", "targets": [{"from": 16, "to": 28, "mention": "Mayor Dalton", "polarity": 2.0}]}
            {"primary_gid": "b", "sentence_normalized": "Governor Lindqvist will visit the new library on Tuesday.", "targets": [{"from": 0, "to": 18, "mention": "Governor Lindqvist", "polarity": 4.0}]}
            {"primary_gid": "c", "sentence_normalized": "The brilliant Mayor Dalton won a landslide victory, while the disgraced Governor Lindqvist faces fraud charges.", "targets": [{"from": 14, "to": 26, "mention": "Mayor Dalton", "polarity": 6.0}, {"from": 71, "to": 89, "mention": "Governor Lindqvist", "polarity": 2.0}]}
            """;

    @TempDir
    static Path dir;
    static Path datasets;
    static Path sample;

    @BeforeAll
    static void writeDatasets() throws IOException {
        datasets = dir.resolve("datasets");
        sample = datasets.resolve("handmade/sample.jsonl");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, SAMPLE);
        Path vader = datasets.resolve("lexicons/vader/vader_lexicon.txt");
        Files.createDirectories(vader.getParent());
        // "brilliant" sits next to Dalton in c, "disgraced" next to Lindqvist; nothing listed is near a's Dalton
        Files.writeString(vader, "brilliant\t2.8\t0.4\t[3]\ndisgraced\t-2.0\t0.5\t[-2]\nhonest\t2.0\t0.4\t[2]\n");
    }

    @Test
    void reportsModelAndBaselineFiguresInOneLineAndAMarkdownSection() throws IOException {
        TargetSentimentTask task = new TargetSentimentTask(SentimentAnalyzer.loadDefault(),
                datasets.resolve("lexicons/vader/vader_lexicon.txt"));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        TaskResult result = task.run(sample, "handmade/sample.jsonl",
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        // baseline: b neutral (right), a neutral (wrong), c-Dalton positive (right), c-Lindqvist negative (right)
        assertThat(result.summaryLine()).startsWith("target-sentiment handmade/sample.jsonl macro_f1=1.0000 "
                + "accuracy=1.0000 baseline_vader_macro_f1=0.7778 baseline_vader_accuracy=0.7500 ")
                .endsWith(" targets=4");
        assertThat(result.summaryLine()).contains("sentence_proxy_accuracy=");
        assertThat(result.markdown()).contains("## Target sentiment: handmade/sample.jsonl",
                "| negative | 2 | 1.000 | 1.000 | 1.000 | 1.000 | 0.500 | 0.667 |",
                "| gold \\ predicted | negative | neutral | positive |",
                "| negative | 1 | 1 | 0 |", "5 words either side", "proxy");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("3 sentences");
    }
}
