package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllReader;
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
 * The command on a small CoNLL file of our own, through the real NER model. The first sentence is one the
 * pipeline is known to tag fully right (see NerStageTest); in the second the gold file marks a weekday as MISC,
 * which the model does not, so the figures must show exactly one miss.
 */
class EvalCommandTest {
    private static final String SAMPLE = ConllReader.DOCUMENT_START + " -X- -X- O\n" + """

            Chancellor NNP I-NP O
            Greta NNP I-NP I-PER
            Lindqvist NNP I-NP I-PER
            met VBD I-VP O
            officials NNS I-NP O
            of IN I-PP O
            the DT I-NP O
            European NNP I-NP I-ORG
            Central NNP I-NP I-ORG
            Bank NNP I-NP I-ORG
            in IN I-PP O
            Frankfurt NNP I-NP I-LOC
            . . O O

            Rain NN I-NP O
            fell VBD I-VP O
            on IN I-PP O
            Monday NNP I-NP I-MISC
            . . O O
            """;

    @TempDir
    static Path dir;
    private static Path datasets;
    private static Path conll;

    @BeforeAll
    static void writeDataset() throws IOException {
        datasets = dir.resolve("datasets");
        conll = datasets.resolve("handmade/sample.conll");
        Files.createDirectories(conll.getParent());
        Files.writeString(conll, SAMPLE);
    }

    @Test
    void printsOneSummaryLineWithExactSpanFiguresAndProgressOnStandardError() {
        Run run = run("--datasets", datasets.toString(), "--tasks", "ner", "--conll", conll.toString());

        assertThat(run.status).isEqualTo(EvalCommand.OK);
        assertThat(run.out.lines()).containsExactly("ner handmade/sample.conll precision=1.0000 recall=0.7500 "
                + "f1=0.8571 LOC.f1=1.0000 MISC.f1=0.0000 ORG.f1=1.0000 PER.f1=1.0000");
        assertThat(run.err).contains("2/2 sentences");
    }

    @Test
    void writesFiguresDateCommandAndMachineToTheReport() throws IOException {
        Path report = dir.resolve("docs/quality.md");

        Run run = run("--tasks", "ner", "--conll", conll.toString(), "--write", report.toString());

        assertThat(run.status).isEqualTo(EvalCommand.OK);
        String markdown = Files.readString(report);
        assertThat(markdown).contains("eval --tasks ner --conll " + conll + " --write " + report,
                "- date: 20", "cores available", "Java ", "## NER: sample.conll",
                "| **overall** | 1.0000 | 0.7500 | 0.8571 | 4 | 3 | 3 |");
    }

    @Test
    void saysWhereToFindTheDatasetWhenItIsMissing() {
        Run run = run("--datasets", dir.resolve("nowhere").toString());

        assertThat(run.status).isEqualTo(EvalCommand.FAILED);
        assertThat(run.err).contains("conll2003/eng.testa", "--conll FILE");
        assertThat(run.out).isEmpty();
    }

    @Test
    void printsLanguageAccuracyOnALanguageSet() {
        Path languageSet = LanguageSetAccuracyTest.languageSet();

        Run run = run("--tasks", "language", "--language-set", languageSet.toString());

        assertThat(run.status).isEqualTo(EvalCommand.OK);
        assertThat(run.out.lines()).containsExactly("language " + languageSet
                + " accuracy=1.0000 correct=36 total=36 languages=12");
    }

    @Test
    void saysHowToPassALanguageSetWhenItIsMissing() {
        Run run = run("--tasks", "language", "--language-set", dir.resolve("nowhere").toString());

        assertThat(run.status).isEqualTo(EvalCommand.FAILED);
        assertThat(run.err).contains("--language-set DIR");
    }

    @Test
    void printsTargetSentimentFiguresForEachNewsMtscFile() throws IOException {
        Path sample = dir.resolve("datasets/handmade/sentiment.jsonl");
        Files.writeString(sample, TargetSentimentTaskTest.SAMPLE);
        Path vader = datasets.resolve("lexicons/vader/vader_lexicon.txt");
        Files.createDirectories(vader.getParent());
        Files.writeString(vader, "brilliant\t2.8\t0.4\t[3]\n");

        Run run = run("--datasets", datasets.toString(), "--tasks", "target-sentiment", "--newsmtsc",
                sample + "," + sample);

        assertThat(run.status).isEqualTo(EvalCommand.OK);
        assertThat(run.out.lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("target-sentiment handmade/sentiment.jsonl macro_f1="));
    }

    @Test
    void saysWhereToFindTheNewsMtscFilesWhenTheyAreMissing() {
        Run run = run("--datasets", dir.resolve("nowhere").toString(), "--tasks", "target-sentiment");

        assertThat(run.status).isEqualTo(EvalCommand.FAILED);
        assertThat(run.err).contains("newsmtsc/dev_rw.jsonl", "--newsmtsc FILE[,FILE]");
        assertThat(run.out).isEmpty();
    }

    @Test
    void rejectsAnUnknownTask() {
        Run run = run("--tasks", "ner,poetry");

        assertThat(run.status).isEqualTo(EvalCommand.USAGE);
        assertThat(run.err).contains("unknown task poetry");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new EvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
