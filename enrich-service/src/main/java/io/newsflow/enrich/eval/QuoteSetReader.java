package io.newsflow.enrich.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the quotation set: articles we wrote in wire style with every quotation and its speaker marked by hand.
 * The format is described in {@code enrich-service/src/test/resources/quotes/README.md}: an article starts with
 * {@code === id}, then its headline, a blank line and its paragraphs separated by blank lines; {@code --- gold}
 * starts its quotations, one a line, {@code words || @Speaker Name} for a named speaker and
 * {@code words || ~a description} for one the article does not name. The words of a quotation over several
 * paragraphs are given as {@code first words +++ last words}. Lines starting with {@code #} are comments.
 */
final class QuoteSetReader {
    static final String SKIP = " +++ ";

    /** One annotated quotation: its words ({@code start +++ end} when they run over paragraphs) and speaker. */
    record GoldQuote(String words, String speakerName, String description) {
        boolean named() {
            return speakerName != null;
        }
    }

    record QuoteArticle(String id, String headline, String body, List<GoldQuote> quotes) {
    }

    List<QuoteArticle> read(Path file) throws IOException {
        List<QuoteArticle> articles = new ArrayList<>();
        for (AnnotatedArticles.Article article : AnnotatedArticles.read(file)) {
            List<GoldQuote> quotes = new ArrayList<>();
            for (AnnotatedArticles.GoldLine line : article.gold()) {
                quotes.add(goldQuote(file, line.lineNumber(), line.text()));
            }
            articles.add(new QuoteArticle(article.id(), article.headline(), article.body(), List.copyOf(quotes)));
        }
        return articles;
    }

    private static GoldQuote goldQuote(Path file, int lineNumber, String line) throws IOException {
        int separator = line.lastIndexOf(" || ");
        if (separator < 0) {
            throw new IOException(file + ":" + lineNumber + ": a quotation line is 'words || @Speaker' or "
                    + "'words || ~description'");
        }
        String words = line.substring(0, separator);
        String speaker = line.substring(separator + 4).strip();
        if (speaker.startsWith("@") && speaker.length() > 1) {
            return new GoldQuote(words, speaker.substring(1).strip(), null);
        }
        if (speaker.startsWith("~") && speaker.length() > 1) {
            return new GoldQuote(words, null, speaker.substring(1).strip());
        }
        throw new IOException(file + ":" + lineNumber + ": the speaker '" + speaker + "' must start with @ (named) "
                + "or ~ (described)");
    }
}
