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
    private static final Pattern INVISIBLE = Pattern.compile("[\\x{200B}\\x{200C}\\x{200D}\\x{FEFF}\\x{00AD}]");

    SourceParagraph {
        lines = List.copyOf(lines);
    }

    /**
     * Splits plain text into paragraphs. Blank lines separate paragraphs when the text has any; a text
     * without a single blank line is taken to put one paragraph on each line, as many feeds do.
     */
    static List<SourceParagraph> ofPlainText(String text) {
        String unified = INVISIBLE.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
        if (!BLANK_LINE.matcher(unified).find()) {
            return unified.lines().map(SourceParagraph::normalise).filter(line -> !line.isEmpty())
                    .map(line -> new SourceParagraph(List.of(line), false)).toList();
        }
        return BLANK_LINE.splitAsStream(unified).map(block -> of(block, false))
                .filter(paragraph -> !paragraph.lines().isEmpty()).toList();
    }

    static SourceParagraph of(String block, boolean markedCaption) {
        return new SourceParagraph(block.lines().map(SourceParagraph::normalise).filter(line -> !line.isEmpty())
                .toList(), markedCaption);
    }

    String text() {
        return String.join(" ", lines);
    }

    private static String normalise(String line) {
        return HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
    }
}
