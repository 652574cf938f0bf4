package io.newsflow.enrich.eval;

import java.io.IOException;
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
    private static final String PUBLISHED = "published";
    private static final String SEPARATOR = " || ";

    /** One annotated expression: its type, its words as the article writes them and its normalised value. */
    record GoldExpression(String type, String text, String value) {
    }

    record ExpressionArticle(String id, String published, String headline, String body,
                             List<GoldExpression> expressions) {
    }

    List<ExpressionArticle> read(Path file) throws IOException {
        List<ExpressionArticle> articles = new ArrayList<>();
        for (AnnotatedArticles.Article article : AnnotatedArticles.read(file)) {
            String published = article.attributes().get(PUBLISHED);
            if (published == null) {
                throw new IOException(file + ": article " + article.id() + " has no '@published' line after its "
                        + "'=== id' line");
            }
            List<GoldExpression> expressions = new ArrayList<>();
            for (AnnotatedArticles.GoldLine line : article.gold()) {
                expressions.add(goldExpression(file, line.lineNumber(), line.text()));
            }
            articles.add(new ExpressionArticle(article.id(), published, article.headline(), article.body(),
                    List.copyOf(expressions)));
        }
        return articles;
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
