package io.newsflow.enrich.training.sentiment;

import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentLabel;
import io.newsflow.enrich.topics.WordVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trains on a tiny NewsMTSC-format set and lexicons of our own: invented sentences where being accused is
 * negative, being praised positive and visiting neutral, and a handful of lexicon words.
 */
class TrainSentimentCommandTest {
    private static final String[] NAMES = {"Mayor Dalton", "Senator Okafor", "Governor Lindqvist", "Judge Moreau",
            "Minister Tanaka", "Chief Abara"};
    private static final String[][] TEMPLATES = {
            {"%s was accused of awful fraud by the panel.", "2.0"},
            {"%s was praised for splendid work by the panel.", "6.0"},
            {"%s visited the town hall on Friday.", "4.0"},
            {"Voters said %s told awful lies about the budget.", "2.0"},
            {"Voters said %s did splendid work on the budget.", "6.0"},
            {"Voters said %s will speak about the budget.", "4.0"}};

    @TempDir
    static Path dir;
    private static Path datasets;

    @BeforeAll
    static void writeDatasets() throws IOException {
        datasets = dir.resolve("datasets");
        Files.createDirectories(datasets.resolve("newsmtsc"));
        Files.createDirectories(datasets.resolve("lexicons/vader"));
        Files.createDirectories(datasets.resolve("lexicons/bing-liu"));
        List<String> lines = new ArrayList<>();
        for (String name : NAMES) {
            for (String[] template : TEMPLATES) {
                String sentence = template[0].formatted(name);
                int from = sentence.indexOf(name);
                lines.add("{\"primary_gid\": \"g%d\", \"sentence_normalized\": \"%s\", \"targets\": [{\"from\": %d, "
                        .formatted(lines.size(), sentence, from) + "\"to\": %d, \"mention\": \"%s\", \"polarity\": %s}]}"
                        .formatted(from + name.length(), name, template[1]));
            }
        }
        Files.write(datasets.resolve("newsmtsc/train.jsonl"), lines);
        Files.writeString(datasets.resolve("lexicons/vader/vader_lexicon.txt"),
                "awful\t-3.0\t0.5\t[-3, -3]\nsplendid\t2.8\t0.4\t[3, 3]\nfraud\t-2.5\t0.6\t[-2, -3]\n");
        Files.writeString(datasets.resolve("lexicons/bing-liu/positive-words.txt"), ";;; ours\n\nsplendid\nhonest\n");
        Files.writeString(datasets.resolve("lexicons/bing-liu/negative-words.txt"), ";;; ours\n\nawful\nlies\n");
    }

    /** 0.5: naive-Bayes-scaled features (NB-LR); 0: plain logistic regression. */
    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0.0"})
    void trainsAModelTheAnalyzerReadsAndThatLearnedTheInventedPattern(String nbAlpha) throws IOException {
        Path model = dir.resolve("model-nb" + nbAlpha + ".txt.gz");

        Run run = run("--datasets", datasets.toString(), "--out", model.toString(), "--folds", "2", "--c", "1",
                "--nb-alpha", nbAlpha);

        assertThat(run.status).isEqualTo(TrainSentimentCommand.OK);
        assertThat(run.out).contains("cv target C=1.0 nb=" + nbAlpha + " folds=2 macro_f1=",
                "cv sentence C=1.0 nb=" + nbAlpha + " folds=2",
                "model newsmtsc-nblr-3 target-C=1.0 target-nb=%s sentence-C=1.0 sentence-nb=%s word-vectors=%s"
                        .formatted(nbAlpha, nbAlpha, WordVectors.loadDefault().version()));
        assertThat(run.err).contains("36 sentences, 36 targets");
        assertLearnedThePattern(read(model));
    }

    private static void assertLearnedThePattern(SentimentAnalyzer analyzer) {
        String unseen = "Critics said Mayor Nkemelu told awful lies about the budget.";
        assertThat(analyzer.target(unseen, 13, 26).label()).isEqualTo(SentimentLabel.NEGATIVE);
        String praised = "Mayor Nkemelu was praised for splendid work by the panel.";
        assertThat(analyzer.target(praised, 0, 13).label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    /**
     * The training sentences say "accused" and "praised"; these say "indicted" and "commended", which neither the
     * training text nor the lexicons contain and which share no word with the other class's template: only the
     * word vectors know they are used like the words the model learnt.
     */
    @Test
    void givesAWordNeverSeenInTrainingTheSentimentOfWordsUsedLikeIt() throws IOException {
        Path model = dir.resolve("model-vectors.txt.gz");
        run("--datasets", datasets.toString(), "--out", model.toString(), "--folds", "2", "--c", "1",
                "--nb-alpha", "0.5");
        SentimentAnalyzer analyzer = read(model);

        String indicted = "Mayor Nkemelu was indicted by the panel.";
        String commended = "Mayor Nkemelu was commended by the panel.";

        assertThat(analyzer.target(indicted, 0, 13).label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analyzer.target(commended, 0, 13).label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void writesTheSameBytesOnEveryRun() throws IOException {
        Path first = dir.resolve("model-1.txt.gz");
        Path second = dir.resolve("model-2.txt.gz");

        run("--datasets", datasets.toString(), "--out", first.toString(), "--folds", "2", "--c", "0.5,1");
        run("--datasets", datasets.toString(), "--out", second.toString(), "--folds", "2", "--c", "0.5,1");

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void saysWhereTheTrainingFileShouldBe() {
        Run run = run("--datasets", dir.resolve("nowhere").toString(), "--out", dir.resolve("x.gz").toString());

        assertThat(run.status).isEqualTo(TrainSentimentCommand.FAILED);
        assertThat(run.err).contains("newsmtsc/train.jsonl");
    }

    @Test
    void rejectsBadArguments() {
        assertThat(run("--folds", "1").status).isEqualTo(TrainSentimentCommand.USAGE);
        assertThat(run("--c", "lots").status).isEqualTo(TrainSentimentCommand.USAGE);
        assertThat(run("--nb-alpha", "some").status).isEqualTo(TrainSentimentCommand.USAGE);
        Run unknown = run("--epochs", "3");
        assertThat(unknown.status).isEqualTo(TrainSentimentCommand.USAGE);
        assertThat(unknown.err).contains("unknown argument --epochs", "usage: train-sentiment");
    }

    private static SentimentAnalyzer read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return SentimentAnalyzer.read(in);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new TrainSentimentCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
