package io.newsflow.enrich.eval;

import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.article.SimpleArticle;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code expressions} task: how well the expression stage finds DATE, MONEY and PERCENT expressions on one part
 * of our own annotated set ({@link ExpressionSetReader}). An expression counts as found only with exactly the gold
 * offsets and type; normalisation accuracy is the share of found expressions whose value equals the gold value
 * (a DATE's ISO day or month, a MONEY's amount and currency, a PERCENT's number and whether it is in percentage
 * points).
 */
final class ExpressionsTask {
    static final String NAME = "expressions";
    static final List<String> STAGES = List.of("clean", "language", "segment", "ner", "entities", "expressions");
    static final List<String> TYPES = List.of(Expression.DATE, Expression.MONEY, Expression.PERCENT);
    private static final String SOURCE = "expressions-eval";

    private final ExpressionSetReader reader = new ExpressionSetReader();
    private final RawArticleFactory articles = new RawArticleFactory(Clock.systemUTC(), ArticleLimits.DEFAULTS);
    private final EnrichmentPipeline pipeline;

    ExpressionsTask(EnrichmentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param file       one part of the set
     * @param setName    how the part is named in the figures
     * @param showErrors whether to list the expressions scored wrong: yes for the part the rules were written on,
     *                   never for the held-out part
     */
    TaskResult run(Path file, String setName, boolean showErrors, PrintStream err) throws IOException {
        List<ExpressionSetReader.ExpressionArticle> set = reader.read(file);
        err.printf("eval expressions: %s: %d articles%n", setName, set.size());
        SpanScores spans = new SpanScores();
        Map<String, int[]> values = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (ExpressionSetReader.ExpressionArticle article : set) {
            Enrichment enrichment = pipeline.enrich(articles.fromSimple(new SimpleArticle(article.headline(),
                    article.body(), null, SOURCE, article.published(), "en", null, null, null), SOURCE)).enrichment();
            score(article, enrichment, spans, values, errors);
        }
        SpanScores.Score all = spans.overall();
        int valuesRight = values.values().stream().mapToInt(v -> v[0]).sum();
        int valuesFound = values.values().stream().mapToInt(v -> v[1]).sum();
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "%s %s precision=%.4f recall=%.4f f1=%.4f", NAME, setName, all.precision(), all.recall(), all.f1()));
        for (String type : TYPES) {
            summary.append(String.format(Locale.ROOT, " %s.f1=%.4f", type, score(spans, type).f1()));
        }
        summary.append(String.format(Locale.ROOT, " value_accuracy=%.4f values_right=%d found=%d gold=%d articles=%d",
                ratio(valuesRight, valuesFound), valuesRight, valuesFound, all.gold(), set.size()));
        return new TaskResult(summary.toString(), markdown(setName, spans, values, showErrors ? errors : null));
    }

    private static void score(ExpressionSetReader.ExpressionArticle article, Enrichment enrichment, SpanScores spans,
                              Map<String, int[]> values, List<String> errors) throws IOException {
        String text = enrichment.cleanedText();
        List<TypedSpan> gold = new ArrayList<>();
        Map<TypedSpan, String> goldValues = new HashMap<>();
        int from = 0;
        for (ExpressionSetReader.GoldExpression expression : article.expressions()) {
            int start = text.indexOf(expression.text(), from);
            if (start < 0) {
                throw new IOException("expression set article " + article.id() + ": the cleaned text has no ["
                        + expression.text() + "] after offset " + from);
            }
            from = start + 1;
            TypedSpan span = new TypedSpan(expression.type(), start, start + expression.text().length());
            gold.add(span);
            goldValues.put(span, expression.value());
        }
        List<TypedSpan> predicted = new ArrayList<>();
        for (Expression expression : enrichment.expressions()) {
            TypedSpan span = new TypedSpan(expression.type(), expression.start(), expression.end());
            predicted.add(span);
            String goldValue = goldValues.get(span);
            if (goldValue == null) {
                errors.add(article.id() + ": spurious " + expression.type() + " [" + expression.text() + "] "
                        + value(expression));
                continue;
            }
            int[] counts = values.computeIfAbsent(expression.type(), type -> new int[2]);
            counts[1]++;
            if (sameValue(goldValue, value(expression))) {
                counts[0]++;
            } else {
                errors.add(article.id() + ": " + expression.type() + " [" + expression.text() + "] is " + goldValue
                        + ", normalised to " + value(expression));
            }
        }
        for (ExpressionSetReader.GoldExpression expression : article.expressions()) {
            int start = text.indexOf(expression.text());
            boolean anyFound = enrichment.expressions().stream().anyMatch(e -> e.type().equals(expression.type())
                    && e.text().equals(expression.text()));
            if (!anyFound) {
                errors.add(article.id() + ": missed " + expression.type() + " [" + expression.text() + "] at "
                        + start);
            }
        }
        spans.add(gold, predicted);
    }

    /** The expression's value in the set's notation: an ISO date, {@code amount CODE}, {@code number [pp]}. */
    static String value(Expression expression) {
        return switch (expression.type()) {
            case Expression.DATE -> expression.date() == null ? "?" : expression.date();
            case Expression.MONEY -> expression.amount().toPlainString() + " "
                    + (expression.currency() == null ? "-" : expression.currency());
            default -> expression.percent().toPlainString()
                    + (Boolean.TRUE.equals(expression.percentagePoints()) ? " pp" : "");
        };
    }

    /** Equal values, numbers compared by value ({@code 0.40} is {@code 0.4}). */
    static boolean sameValue(String gold, String found) {
        String[] goldParts = gold.split(" ");
        String[] foundParts = found.split(" ");
        if (goldParts.length != foundParts.length) {
            return false;
        }
        for (int i = 0; i < goldParts.length; i++) {
            if (!goldParts[i].equals(foundParts[i]) && !sameNumber(goldParts[i], foundParts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static SpanScores.Score score(SpanScores spans, String type) {
        return spans.types().contains(type) ? spans.of(type) : new SpanScores.Score(0, 0, 0);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String markdown(String setName, SpanScores spans, Map<String, int[]> values, List<String> errors) {
        StringBuilder md = new StringBuilder();
        md.append("## Dates, money and percentages: ").append(setName).append("\n\n");
        md.append("Our own wire-style articles with every DATE, MONEY and PERCENT expression marked by hand "
                + "(docs/models/expressions.md). An expression counts as found only with exactly the gold offsets "
                + "and type; its value is scored on the found expressions (a date's ISO day or month, an amount "
                + "and its ISO 4217 code, a number of percent or percentage points). Speed is measured by `bench` "
                + "(docs/benchmarks.md).\n\n");
        md.append("| type | precision | recall | F1 | gold | predicted | correct | value accuracy | values right |\n");
        md.append("|------|----------:|-------:|---:|-----:|----------:|--------:|---------------:|-------------:|\n");
        int right = 0;
        int found = 0;
        for (String type : TYPES) {
            SpanScores.Score s = score(spans, type);
            int[] v = values.getOrDefault(type, new int[2]);
            right += v[0];
            found += v[1];
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d | %d | %d | %.4f | %d of %d |%n",
                    type, s.precision(), s.recall(), s.f1(), s.gold(), s.predicted(), s.correct(),
                    ratio(v[0], v[1]), v[0], v[1]));
        }
        SpanScores.Score all = spans.overall();
        md.append(String.format(Locale.ROOT, "| **overall** | %.4f | %.4f | %.4f | %d | %d | %d | %.4f | %d of %d |%n",
                all.precision(), all.recall(), all.f1(), all.gold(), all.predicted(), all.correct(),
                ratio(right, found), right, found));
        if (errors == null) {
            md.append("\nThis is the held-out part: scored once, after the rules were written; its errors are not "
                    + "listed, so that the rules are not tuned on them.\n");
        } else {
            md.append("\nThis is the part the rules were written on: it shows what they cover, not how well they carry "
                    + "to unseen text (the held-out part does).");
            md.append(errors.isEmpty() ? " Nothing is scored wrong.\n" : " Scored wrong:\n\n");
            errors.forEach(error -> md.append("- ").append(error).append('\n'));
        }
        return md.toString();
    }
}
