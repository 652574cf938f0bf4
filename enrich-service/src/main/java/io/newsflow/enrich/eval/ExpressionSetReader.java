package io.newsflow.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the expression set: articles we wrote in wire style with every DATE, MONEY and PERCENT expression marked by
 * hand. The format is described in {@code enrich-service/src/test/resources/expressions/README.md}: an article
 * starts with {@code === id}, then {@code @published} and its publication time, its headline, a blank line and its
 * paragraphs separated by blank lines; {@code --- gold} starts its expressions, one a line,
 * {@code TYPE || text || value}. Lines starting with {@code #} are comments.
 */
final class ExpressionSetReader {
    static final Set<String> TYPES = Set.of("DATE", "MONEY", "PERCENT");
    private static final String PUBLISHED = "@published ";
    private static final String SEPARATOR = " || ";

    /** One annotated expression: its type, its words as the article writes them and its normalised value. */
    record GoldExpression(String type, String text, String value) {
    }

    record ExpressionArticle(String id, String published, String headline, String body,
                             List<GoldExpression> expressions) {
    }

    List<ExpressionArticle> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ExpressionArticle> articles = new ArrayList<>();
        String id = null;
        String published = null;
        List<String> textLines = new ArrayList<>();
        List<GoldExpression> gold = null;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (id != null) {
                    articles.add(article(file, id, published, textLines, gold));
                }
                id = line.substring(4).strip();
                published = null;
                textLines = new ArrayList<>();
                gold = null;
            } else if (line.startsWith(PUBLISHED) && id != null && textLines.isEmpty()) {
                published = line.substring(PUBLISHED.length()).strip();
            } else if (line.equals("--- gold")) {
                gold = new ArrayList<>();
            } else if (gold != null) {
                if (!line.isBlank()) {
                    gold.add(goldExpression(file, lineNumber, line));
                }
            } else if (id != null) {
                textLines.add(line);
            } else if (!line.isBlank()) {
                throw new IOException(file + ":" + lineNumber + ": text before the first '=== id' line");
            }
        }
        if (id != null) {
            articles.add(article(file, id, published, textLines, gold));
        }
        return articles;
    }

    private static ExpressionArticle article(Path file, String id, String published, List<String> textLines,
                                             List<GoldExpression> gold) throws IOException {
        if (gold == null) {
            throw new IOException(file + ": article " + id + " has no '--- gold' line");
        }
        if (published == null) {
            throw new IOException(file + ": article " + id + " has no '@published' line after its '=== id' line");
        }
        String text = String.join("\n", textLines).strip();
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IOException(file + ": article " + id + " needs a headline, a blank line and a body");
        }
        return new ExpressionArticle(id, published, text.substring(0, blank).strip(), text.substring(blank).strip(),
                List.copyOf(gold));
    }

    private static GoldExpression goldExpression(Path file, int lineNumber, String line) throws IOException {
        String[] parts = line.split(" \\|\\| ", -1);
        if (parts.length != 3 || !TYPES.contains(parts[0].strip()) || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IOException(file + ":" + lineNumber + ": an expression line is 'TYPE" + SEPARATOR + "text"
                    + SEPARATOR + "value' with TYPE one of DATE, MONEY, PERCENT");
        }
        return new GoldExpression(parts[0].strip(), parts[1], parts[2].strip());
    }
}
