package io.newsflow.enrich.pipeline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of the upstream body before cleaning, as lines.
 *
 * @param lines         the paragraph's lines, whitespace-normalised, none blank
 * @param markedCaption the source marked it as a caption ({@code <figcaption>}), so no rule has to guess
 */
record SourceParagraph(List<String> lines, boolean markedCaption) {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x{00A0}]*\\n");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x{00A0}]+");

    SourceParagraph {
        lines = List.copyOf(lines);
    }

    /**
     * Splits plain text into paragraphs. Blank lines separate paragraphs when the text has any; a text
     * without a single blank line is taken to put one paragraph on each line, as many feeds do. Characters
     * that carry no text are left out first ({@link InvisibleCharacters}).
     */
    static List<SourceParagraph> ofPlainText(String text) {
        String visible = InvisibleCharacters.strip(text);
        String unified = visible.replace("\r\n", "\n").replace('\r', '\n');
        if (!BLANK_LINE.matcher(unified).find()) {
            return unified.lines().map(SourceParagraph::normalise).filter(line -> !line.isEmpty())
                    .map(line -> new SourceParagraph(List.of(line), false)).toList();
        }
        return BLANK_LINE.splitAsStream(unified).map(block -> ofVisible(block, false))
                .filter(paragraph -> !paragraph.lines().isEmpty()).toList();
    }

    /** A block of text (an HTML block element's), without the characters that carry no text. */
    static SourceParagraph of(String block, boolean markedCaption) {
        return ofVisible(InvisibleCharacters.strip(block), markedCaption);
    }

    private static SourceParagraph ofVisible(String block, boolean markedCaption) {
        return new SourceParagraph(block.lines().map(SourceParagraph::normalise).filter(line -> !line.isEmpty())
                .toList(), markedCaption);
    }

    String text() {
        return String.join(" ", lines);
    }

    private static String normalise(String line) {
        String spaced = hasSpaceToNormalise(line) ? HORIZONTAL_SPACE.matcher(line).replaceAll(" ") : line;
        return spaced.strip();
    }

    /**
     * Whether {@link #HORIZONTAL_SPACE} would change the line: it holds horizontal white space other than a
     * plain space, or two plain spaces in a row. A line of single spaces between words is left as it is.
     */
    private static boolean hasSpaceToNormalise(String line) {
        boolean afterSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return true;
                }
                afterSpace = true;
            } else if (isHorizontalSpace(c)) {
                return true;
            } else {
                afterSpace = false;
            }
        }
        return false;
    }

    /** The characters of {@code [\h\x{00A0}]} ({@link java.util.regex.Pattern}'s {@code \h}). */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
