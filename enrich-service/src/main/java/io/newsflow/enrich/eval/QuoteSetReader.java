package io.newsflow.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<QuoteArticle> articles = new ArrayList<>();
        String id = null;
        List<String> textLines = new ArrayList<>();
        List<GoldQuote> gold = null;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (id != null) {
                    articles.add(article(file, id, textLines, gold));
                }
                id = line.substring(4).strip();
                textLines = new ArrayList<>();
                gold = null;
            } else if (line.equals("--- gold")) {
                gold = new ArrayList<>();
            } else if (gold != null) {
                if (!line.isBlank()) {
                    gold.add(goldQuote(file, lineNumber, line));
                }
            } else if (id != null) {
                textLines.add(line);
            } else if (!line.isBlank()) {
                throw new IOException(file + ":" + lineNumber + ": text before the first '=== id' line");
            }
        }
        if (id != null) {
            articles.add(article(file, id, textLines, gold));
        }
        return articles;
    }

    private static QuoteArticle article(Path file, String id, List<String> textLines, List<GoldQuote> gold)
            throws IOException {
        if (gold == null) {
            throw new IOException(file + ": article " + id + " has no '--- gold' line");
        }
        String text = String.join("\n", textLines).strip();
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IOException(file + ": article " + id + " needs a headline, a blank line and a body");
        }
        return new QuoteArticle(id, text.substring(0, blank).strip(), text.substring(blank).strip(), List.copyOf(gold));
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
