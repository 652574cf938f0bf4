package io.newsflow.enrich.eval;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static io.newsflow.enrich.eval.EvalReportLines.figure;
import static io.newsflow.enrich.eval.EvalReportLines.silent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code quotes} task: our annotated set as shipped, and a one-article set whose figures are known exactly,
 * scored through the real pipeline.
 */
class QuotesTaskTest {
    private static final String ARTICLE = """
            === tiny-01
            Chipmaker to build plant in Arizona

            "This is the largest investment in our history," Chief Executive Kenji Morita said at a ceremony.

            A spokesperson for the water utility said the plan was "carefully made."
            --- gold
            This is the largest investment in our history, || @%s
            carefully made. || ~a spokesperson for the water utility
            """;

    @TempDir
    static Path dir;
    private static QuotesTask task;

    @BeforeAll
    static void createPipeline() {
        task = new QuotesTask(EnrichmentPipeline.create(QuotesTask.STAGES));
    }

    static Path quoteSet() {
        try {
            return Path.of(Objects.requireNonNull(QuotesTaskTest.class.getResource("/quotes/quotes-dev.txt"))
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSetHoldsAtLeastEightyQuotationsInBothParts() throws IOException {
        QuoteSetReader reader = new QuoteSetReader();
        List<QuoteSetReader.QuoteArticle> dev = reader.read(quoteSet().resolve("quotes-dev.txt"));
        List<QuoteSetReader.QuoteArticle> test = reader.read(quoteSet().resolve("quotes-test.txt"));

        int quotations = dev.stream().mapToInt(a -> a.quotes().size()).sum()
                + test.stream().mapToInt(a -> a.quotes().size()).sum();
        assertThat(quotations).isGreaterThanOrEqualTo(80);
        assertThat(dev).extracting(QuoteSetReader.QuoteArticle::id)
                .doesNotContainAnyElementsOf(test.stream().map(QuoteSetReader.QuoteArticle::id).toList());
    }

    @Test
    void scoresARightSpeakerAndAnUnnamedOneExactly() throws IOException {
        Path file = write("right.txt", ARTICLE.formatted("Kenji Morita"));

        TaskResult result = task.run(file, "tiny", true, silent());

        assertThat(result.summaryLine()).isEqualTo("quotes tiny span_precision=1.0000 span_recall=1.0000 "
                + "span_f1=1.0000 named_speaker_accuracy=1.0000 named_right=1 named_found=1 named_gold=1 "
                + "unnamed_left_unnamed=1.0000 quotes=2 articles=1");
    }

    @Test
    void aWrongSpeakerLowersTheAccuracyAndIsListed() throws IOException {
        Path file = write("wrong.txt", ARTICLE.formatted("Alicia Duarte"));

        TaskResult result = task.run(file, "tiny", true, silent());

        assertThat(result.summaryLine()).contains("span_f1=1.0000 named_speaker_accuracy=0.0000 named_right=0");
        assertThat(result.markdown()).contains("said by Alicia Duarte, found Kenji Morita (named)");
    }

    @Test
    void theHeldOutPartListsNoErrors() throws IOException {
        Path file = write("held-out.txt", ARTICLE.formatted("Alicia Duarte"));

        TaskResult result = task.run(file, "tiny", false, silent());

        assertThat(result.markdown()).doesNotContain("Alicia Duarte").contains("held-out part");
    }

    @Test
    void aQuotationMissingFromTheTextIsABadSetNotAMiss() throws IOException {
        Path file = write("bad.txt", ARTICLE.formatted("Kenji Morita").replace("carefully made. ||",
                "carefully planned. ||"));

        assertThatThrownBy(() -> task.run(file, "tiny", true, silent())).isInstanceOf(IOException.class)
                .hasMessageContaining("tiny-01").hasMessageContaining("[carefully planned.]");
    }

    @Test
    void theDevPartMeetsTheTargets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new EvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8), silent())
                .run("--tasks", "quotes", "--quote-set", quoteSet().toString(), "--quote-parts", "dev");

        assertThat(status).isEqualTo(EvalCommand.OK);
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(figure(line, "span_f1")).isGreaterThanOrEqualTo(0.95);
        assertThat(figure(line, "named_speaker_accuracy")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void rejectsAnUnknownPartAndSaysWhereTheSetIsWhenMissing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        EvalCommand eval = new EvalCommand(silent(), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(eval.run("--tasks", "quotes", "--quote-parts", "train")).isEqualTo(EvalCommand.USAGE);
        assertThat(eval.run("--tasks", "quotes", "--quote-set", dir.resolve("nowhere").toString()))
                .isEqualTo(EvalCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown quote-set part train", "--quote-set DIR");
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
