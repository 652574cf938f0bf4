package io.newsflow.enrich.eval;

import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.article.SimpleArticle;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Quote;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code quotes} task: how well the quote stage finds quotations and their speakers on one part of our own
 * annotated set ({@link QuoteSetReader}). A found quotation counts only with exactly the gold offsets. Speaker
 * accuracy is measured on the gold quotations with a named speaker that were found: right when the quote's speaker
 * entity is the named person or organisation. Gold quotations whose speaker the article does not name are right
 * when the quote names no entity.
 */
final class QuotesTask {
    static final String NAME = "quotes";
    static final List<String> STAGES = List.of("clean", "language", "segment", "ner", "entities", "quotes");
    private static final String SOURCE = "quotes-eval";

    private final QuoteSetReader reader = new QuoteSetReader();
    private final RawArticleFactory articles = new RawArticleFactory(Clock.systemUTC(), ArticleLimits.DEFAULTS);
    private final EnrichmentPipeline pipeline;

    QuotesTask(EnrichmentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param file       one part of the set
     * @param setName    how the part is named in the figures
     * @param showErrors whether to list the quotations scored wrong: yes for the part rules are tuned on, never for
     *                   the held-out part
     */
    TaskResult run(Path file, String setName, boolean showErrors, PrintStream err) throws IOException {
        List<QuoteSetReader.QuoteArticle> set = reader.read(file);
        err.printf("eval quotes: %s: %d articles%n", setName, set.size());
        Counts counts = new Counts();
        List<String> errors = new ArrayList<>();
        for (QuoteSetReader.QuoteArticle article : set) {
            EnrichedArticleEvent event = pipeline.enrich(articles.fromSimple(new SimpleArticle(article.headline(),
                    article.body(), null, SOURCE, null, "en", null, null, null), SOURCE));
            Enrichment enrichment = event.enrichment();
            score(article, enrichment, counts, errors);
        }
        double precision = ratio(counts.spansRight, counts.found);
        double recall = ratio(counts.spansRight, counts.gold);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double named = ratio(counts.namedRight, counts.namedFound);
        double unnamed = ratio(counts.unnamedRight, counts.unnamedFound);
        String summary = String.format(Locale.ROOT, "%s %s span_precision=%.4f span_recall=%.4f span_f1=%.4f "
                        + "named_speaker_accuracy=%.4f named_right=%d named_found=%d named_gold=%d "
                        + "unnamed_left_unnamed=%.4f quotes=%d articles=%d",
                NAME, setName, precision, recall, f1, named, counts.namedRight, counts.namedFound, counts.namedGold,
                unnamed, counts.gold, set.size());
        return new TaskResult(summary, markdown(setName, counts, precision, recall, f1, named, unnamed,
                showErrors ? errors : null));
    }

    private static void score(QuoteSetReader.QuoteArticle article, Enrichment enrichment, Counts counts,
                              List<String> errors) throws IOException {
        String text = enrichment.cleanedText();
        List<Quote> found = enrichment.quotes();
        counts.found += found.size();
        List<Quote> matched = new ArrayList<>();
        int from = 0;
        for (QuoteSetReader.GoldQuote gold : article.quotes()) {
            int[] span = locate(text, gold.words(), from, article.id());
            from = span[0] + 1;
            counts.gold++;
            counts.namedGold += gold.named() ? 1 : 0;
            Optional<Quote> hit = found.stream().filter(q -> q.start() == span[0] && q.end() == span[1]).findFirst();
            if (hit.isEmpty()) {
                errors.add(article.id() + ": missed [" + gold.words() + "]");
                continue;
            }
            matched.add(hit.get());
            counts.spansRight++;
            Quote quote = hit.get();
            if (gold.named()) {
                counts.namedFound++;
                Optional<Enrichment.Entity> speaker = enrichment.entities().stream()
                        .filter(e -> e.id().equals(quote.speakerId())).findFirst();
                if (speaker.isPresent() && sameName(speaker.get(), gold.speakerName())) {
                    counts.namedRight++;
                } else {
                    errors.add(article.id() + ": [" + gold.words() + "] said by " + gold.speakerName()
                            + ", found " + describe(quote));
                }
            } else {
                counts.unnamedFound++;
                if (quote.speakerId() == null) {
                    counts.unnamedRight++;
                } else {
                    errors.add(article.id() + ": [" + gold.words() + "] said by ~" + gold.description()
                            + ", found " + describe(quote));
                }
            }
        }
        found.stream().filter(q -> !matched.contains(q))
                .forEach(q -> errors.add(article.id() + ": spurious [" + q.text() + "]"));
    }

    /** The gold offsets of a quotation's words, searched from {@code from} on, as the set gives them in order. */
    static int[] locate(String text, String words, int from, String articleId) throws IOException {
        int skip = words.indexOf(QuoteSetReader.SKIP);
        String first = skip < 0 ? words : words.substring(0, skip);
        int start = text.indexOf(first, from);
        if (start < 0) {
            throw new IOException("quotation set article " + articleId + ": the cleaned text has no [" + first
                    + "] after offset " + from);
        }
        if (skip < 0) {
            return new int[] {start, start + first.length()};
        }
        String last = words.substring(skip + QuoteSetReader.SKIP.length());
        int lastStart = text.indexOf(last, start + first.length());
        if (lastStart < 0) {
            throw new IOException("quotation set article " + articleId + ": the cleaned text has no [" + last
                    + "] after [" + first + "]");
        }
        return new int[] {start, lastStart + last.length()};
    }

    /** The entity is the gold speaker when its name or one of its mentions is the gold name, or a part of it. */
    static boolean sameName(Enrichment.Entity entity, String goldName) {
        String gold = normalised(goldName);
        List<String> names = new ArrayList<>();
        names.add(normalised(entity.canonicalName()));
        entity.mentions().forEach(m -> names.add(normalised(m.text())));
        return names.stream().anyMatch(name -> name.equals(gold) || gold.endsWith(" " + name)
                || name.endsWith(" " + gold));
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
    }

    private static String describe(Quote quote) {
        return quote.speakerName() != null ? quote.speakerName() + " (" + quote.attribution() + ")"
                : "~" + quote.speakerDescription() + " (" + quote.attribution() + ")";
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String markdown(String setName, Counts c, double precision, double recall, double f1,
                                   double named, double unnamed, List<String> errors) {
        StringBuilder md = new StringBuilder();
        md.append("## Quotes and speakers: ").append(setName).append("\n\n");
        md.append("Our own wire-style articles with every direct quotation and its speaker marked by hand "
                + "(docs/models/quotes.md). A quotation counts as found only with exactly the gold offsets; the "
                + "speaker is scored on the found quotations. Speed is measured by `bench` (docs/benchmarks.md).\n\n");
        md.append("| measure | value | counts |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| span precision | %.4f | %d of %d found |%n", precision, c.spansRight,
                c.found));
        md.append(String.format(Locale.ROOT, "| span recall | %.4f | %d of %d gold |%n", recall, c.spansRight,
                c.gold));
        md.append(String.format(Locale.ROOT, "| span F1 | %.4f | |%n", f1));
        md.append(String.format(Locale.ROOT, "| named-speaker accuracy | %.4f | %d of %d found (%d gold) |%n",
                named, c.namedRight, c.namedFound, c.namedGold));
        md.append(String.format(Locale.ROOT, "| unnamed speaker left unnamed | %.4f | %d of %d found |%n", unnamed,
                c.unnamedRight, c.unnamedFound));
        if (errors == null) {
            md.append("\nThis is the held-out part: its errors are not listed, so that the rules are not tuned "
                    + "on them.\n");
        } else if (!errors.isEmpty()) {
            md.append("\nScored wrong:\n\n");
            errors.forEach(error -> md.append("- ").append(error).append('\n'));
        }
        return md.toString();
    }

    private static final class Counts {
        int gold;
        int found;
        int spansRight;
        int namedGold;
        int namedFound;
        int namedRight;
        int unnamedFound;
        int unnamedRight;
    }
}
