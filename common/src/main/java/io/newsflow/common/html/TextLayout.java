package io.newsflow.common.html;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one layout of plain text newsflow takes from feeds: lines trimmed, runs of spaces, tabs and
 * no-break spaces made one space, paragraphs separated by exactly one blank line, no blank start or end.
 * Paragraph breaks matter downstream (sentence splitting, the article body), so they are kept.
 */
public final class TextLayout {

    private TextLayout() {
    }

    /** Plain text (a text/plain body, or the output of {@link HtmlToText}) in the layout above; "" for null. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String lines = Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(line -> line.replaceAll("[ \\t\\u00A0\\u2007\\u202F\\f\\u000B]+", " ").strip())
                .collect(Collectors.joining("\n"));
        return lines.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The text on one line: every line break becomes a space; for headlines, names and other short fields. */
    public static String oneLine(String text) {
        return tidy(text).replaceAll("\\s*\n+\\s*", " ");
    }
}
