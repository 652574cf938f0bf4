package io.newsflow.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block format our hand-annotated sets share (quotations, expressions): an article starts with {@code === id},
 * may carry {@code @name value} lines right after it, then its headline, a blank line and its paragraphs;
 * {@code --- gold} starts its annotations, one a line. Lines starting with {@code #} are comments. Each set's reader
 * gives the annotation lines their meaning; this class only cuts the file into articles.
 */
final class AnnotatedArticles {

    /** One annotation line and where it stands, for the reader's error messages. */
    record GoldLine(int lineNumber, String text) {
    }

    /**
     * @param attributes the {@code @name value} lines before the text, by name
     * @param headline   the text up to the first blank line
     * @param body       the rest of the text
     * @param gold       the non-blank lines after {@code --- gold}
     */
    record Article(String id, Map<String, String> attributes, String headline, String body, List<GoldLine> gold) {
    }

    private AnnotatedArticles() {
    }

    static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        Builder current = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (current != null) {
                    articles.add(current.build(file));
                }
                current = new Builder(line.substring(4).strip());
            } else if (current == null) {
                if (!line.isBlank()) {
                    throw new IOException(file + ":" + lineNumber + ": text before the first '=== id' line");
                }
            } else {
                current.add(line, lineNumber);
            }
        }
        if (current != null) {
            articles.add(current.build(file));
        }
        return articles;
    }

    private static final class Builder {
        private final String id;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<String> textLines = new ArrayList<>();
        private List<GoldLine> gold;

        Builder(String id) {
            this.id = id;
        }

        void add(String line, int lineNumber) {
            if (gold != null) {
                if (!line.isBlank()) {
                    gold.add(new GoldLine(lineNumber, line));
                }
            } else if (line.equals("--- gold")) {
                gold = new ArrayList<>();
            } else if (line.startsWith("@") && textLines.isEmpty() && line.indexOf(' ') > 1) {
                int space = line.indexOf(' ');
                attributes.put(line.substring(1, space), line.substring(space + 1).strip());
            } else {
                textLines.add(line);
            }
        }

        Article build(Path file) throws IOException {
            if (gold == null) {
                throw new IOException(file + ": article " + id + " has no '--- gold' line");
            }
            String text = String.join("\n", textLines).strip();
            int blank = text.indexOf("\n\n");
            if (blank < 0) {
                throw new IOException(file + ": article " + id + " needs a headline, a blank line and a body");
            }
            return new Article(id, Map.copyOf(attributes), text.substring(0, blank).strip(),
                    text.substring(blank).strip(), List.copyOf(gold));
        }
    }
}
