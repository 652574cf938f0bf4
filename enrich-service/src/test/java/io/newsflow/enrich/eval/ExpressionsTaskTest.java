package io.newsflow.enrich.eval;

import io.newsflow.common.event.Expression;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.newsflow.enrich.eval.EvalReportLines.figure;
import static io.newsflow.enrich.eval.EvalReportLines.silent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code expressions} task: our annotated set as shipped, and a one-article set whose figures are known exactly,
 * scored through the real pipeline.
 */
class ExpressionsTaskTest {
    private static final String ARTICLE = """
            === tiny-01
            @published 2017-03-08T11:20:00Z
            Eurobank profit falls 12 percent

            Eurobank said on Wednesday its profit fell to 5 million euros. Helen May, 52, joined in 2016.
            --- gold
            PERCENT || 12 percent || 12
            DATE || Wednesday || %s
            MONEY || 5 million euros || 5000000 EUR
            """;

    @TempDir
    static Path dir;
    private static ExpressionsTask task;

    @BeforeAll
    static void createPipeline() {
        task = new ExpressionsTask(EnrichmentPipeline.create(ExpressionsTask.STAGES));
    }

    static Path expressionSet() {
        try {
            return Path.of(Objects.requireNonNull(ExpressionsTaskTest.class
                    .getResource("/expressions/expressions-dev.txt")).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSetHoldsAtLeastOneHundredAndFiftyExpressionsOfEveryTypeInTwoDisjointParts() throws IOException {
        ExpressionSetReader reader = new ExpressionSetReader();
        List<ExpressionSetReader.ExpressionArticle> dev = reader.read(expressionSet().resolve("expressions-dev.txt"));
        List<ExpressionSetReader.ExpressionArticle> test = reader.read(expressionSet().resolve("expressions-test.txt"));

        List<ExpressionSetReader.GoldExpression> all = new ArrayList<>();
        dev.forEach(a -> all.addAll(a.expressions()));
        test.forEach(a -> all.addAll(a.expressions()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        for (String type : ExpressionsTask.TYPES) {
            assertThat(all).filteredOn(e -> e.type().equals(type)).hasSizeGreaterThanOrEqualTo(40);
        }
        assertThat(dev).extracting(ExpressionSetReader.ExpressionArticle::id)
                .doesNotContainAnyElementsOf(test.stream().map(ExpressionSetReader.ExpressionArticle::id).toList());
    }

    @Test
    void scoresRightSpansAndValuesExactly() throws IOException {
        TaskResult result = task.run(write("right.txt", ARTICLE.formatted("2017-03-08")), "tiny", true, silent());

        assertThat(result.summaryLine()).isEqualTo("expressions tiny precision=1.0000 recall=1.0000 f1=1.0000 "
                + "DATE.f1=1.0000 MONEY.f1=1.0000 PERCENT.f1=1.0000 value_accuracy=1.0000 values_right=3 found=3 "
                + "gold=3 articles=1");
    }

    @Test
    void aWrongValueLowersTheValueAccuracyButNotTheSpanScoresAndIsListed() throws IOException {
        TaskResult result = task.run(write("wrong.txt", ARTICLE.formatted("2017-03-01")), "tiny", true, silent());

        assertThat(result.summaryLine()).contains("f1=1.0000", "value_accuracy=0.6667 values_right=2 found=3");
        assertThat(result.markdown()).contains("DATE [Wednesday] is 2017-03-01, normalised to 2017-03-08");
    }

    @Test
    void anExpressionNotMarkedIsSpuriousAndOneNotFoundIsMissed() throws IOException {
        String text = ARTICLE.formatted("2017-03-08").replace("MONEY || 5 million euros || 5000000 EUR",
                "DATE || 2016 || 2016");

        TaskResult result = task.run(write("spurious.txt", text), "tiny", true, silent());

        assertThat(result.summaryLine()).contains("precision=0.6667 recall=0.6667");
        assertThat(result.markdown()).contains("spurious MONEY [5 million euros] 5000000 EUR",
                "missed DATE [2016]");
    }

    @Test
    void theHeldOutPartListsNoErrors() throws IOException {
        TaskResult result = task.run(write("held-out.txt", ARTICLE.formatted("2017-03-01")), "tiny", false,
                silent());

        assertThat(result.markdown()).doesNotContain("2017-03-01").contains("held-out part");
    }

    @Test
    void anExpressionMissingFromTheTextIsABadSetNotAMiss() throws IOException {
        Path file = write("bad.txt", ARTICLE.formatted("2017-03-08").replace("MONEY || 5 million euros",
                "MONEY || 6 million euros"));

        assertThatThrownBy(() -> task.run(file, "tiny", true, silent())).isInstanceOf(IOException.class)
                .hasMessageContaining("tiny-01").hasMessageContaining("[6 million euros]");
    }

    @Test
    void anArticleWithoutPublicationTimeOrWithABadLineIsRefused() throws IOException {
        Path undated = write("undated.txt", ARTICLE.formatted("2017-03-08").replace("@published 2017-03-08T11:20:00Z\n",
                ""));
        Path badLine = write("bad-line.txt", ARTICLE.formatted("2017-03-08").replace("PERCENT || 12 percent || 12",
                "RATE || 12 percent || 12"));

        assertThatThrownBy(() -> task.run(undated, "tiny", true, silent())).hasMessageContaining("@published");
        assertThatThrownBy(() -> task.run(badLine, "tiny", true, silent())).hasMessageContaining("TYPE");
    }

    @Test
    void valuesAreComparedAsTheSetWritesThem() {
        assertThat(ExpressionsTask.value(Expression.money(0, 1, "x", 0, new BigDecimal("0.40"), null)))
                .isEqualTo("0.40 -");
        assertThat(ExpressionsTask.sameValue("0.4 EUR", "0.40 EUR")).isTrue();
        assertThat(ExpressionsTask.sameValue("0.5 pp", "0.5")).isFalse();
        assertThat(ExpressionsTask.value(Expression.percent(0, 1, "x", 0, new BigDecimal("0.25"), true)))
                .isEqualTo("0.25 pp");
        assertThat(ExpressionsTask.value(Expression.date(0, 1, "x", 0, null))).isEqualTo("?");
    }

    @Test
    void theDevPartMeetsTheTargetsAndRunsInTheDefaultEval() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new EvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8), silent())
                .run("--tasks", "expressions", "--expression-set", expressionSet().toString(), "--expression-parts",
                        "dev");

        assertThat(status).isEqualTo(EvalCommand.OK);
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(figure(line, "f1")).isGreaterThanOrEqualTo(0.9);
        assertThat(figure(line, "value_accuracy")).isGreaterThanOrEqualTo(0.9);
        assertThat(EvalCommand.TASKS).contains(ExpressionsTask.NAME);
    }

    @Test
    void rejectsAnUnknownPartAndSaysWhereTheSetIsWhenMissing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        EvalCommand eval = new EvalCommand(silent(), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(eval.run("--tasks", "expressions", "--expression-parts", "train")).isEqualTo(EvalCommand.USAGE);
        assertThat(eval.run("--tasks", "expressions", "--expression-set", dir.resolve("nowhere").toString()))
                .isEqualTo(EvalCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown expression-set part train", "--expression-set DIR");
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
