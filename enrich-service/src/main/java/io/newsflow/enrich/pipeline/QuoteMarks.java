package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations by their marks: curly and straight double quotes, and single quotes where they open a
 * quotation rather than an elision (wire headlines quote with single marks). Only the outermost quotation counts:
 * marks inside it are part of its words.
 *
 * <p>A quotation that reaches the end of a paragraph still open continues when the next paragraph opens with a
 * quotation mark, as news style marks a quote running over several paragraphs; otherwise its closing mark is
 * missing and it ends with the paragraph.
 */
final class QuoteMarks {
    /** Longer single-quoted runs are apostrophes that happen to line up, not quotations. */
    private static final int MAX_SINGLE_QUOTED = 300;

    private QuoteMarks() {
    }

    /**
     * A quotation: its opening mark at {@code open}, its words in {@code [start, end)}, its closing mark at
     * {@code end} unless {@code closed} is false (the mark is missing and the quotation ends with its paragraph).
     */
    record Span(int open, int start, int end, boolean closed) {

        /** The first character after the quotation and its closing mark. */
        int after() {
            return closed ? end + 1 : end;
        }

        /** Whether {@code offset} is one of the quotation's marks or words. */
        boolean covers(int offset) {
            return offset >= open && offset < after();
        }
    }

    /**
     * @param text   the cleaned text
     * @param blocks the headline and the paragraphs, in text order; a quotation never starts in one block and ends
     *               in another except by the paragraph-continuation rule
     */
    static List<Span> find(String text, List<TextRange> blocks) {
        List<Span> spans = new ArrayList<>();
        int openAt = -1;
        for (int b = 0; b < blocks.size(); b++) {
            TextRange block = blocks.get(b);
            int i = block.start();
            if (openAt >= 0) {
                // only reached when this paragraph opens with a mark: skip it, the quotation goes on
                i++;
            }
            while (i < block.end()) {
                char c = text.charAt(i);
                if (openAt >= 0) {
                    if (closesDouble(c)) {
                        addSpan(spans, text, openAt, i);
                        openAt = -1;
                    }
                    i++;
                } else if (opensDouble(text, i, block)) {
                    openAt = i;
                    i++;
                } else if (opensSingle(text, i, block)) {
                    int close = singleClose(text, i, block);
                    if (close > 0) {
                        addSpan(spans, text, i, close);
                        i = close + 1;
                    } else {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            if (openAt >= 0) {
                boolean continues = b + 1 < blocks.size() && blocks.get(b + 1).end() > blocks.get(b + 1).start()
                        && isDoubleMark(text.charAt(blocks.get(b + 1).start()));
                if (!continues) {
                    int end = block.end();
                    while (end > openAt + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > openAt + 1) {
                        spans.add(new Span(openAt, openAt + 1, end, false));
                    }
                    openAt = -1;
                }
            }
        }
        return spans;
    }

    private static void addSpan(List<Span> spans, String text, int open, int close) {
        String words = text.substring(open + 1, close);
        if (words.codePoints().anyMatch(Character::isLetterOrDigit)) {
            spans.add(new Span(open, open + 1, close, true));
        }
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static boolean closesDouble(char c) {
        return c == '"' || c == '\u201D';
    }

    /** A straight double mark opens only where a word could start, so a stray closing mark does not. */
    private static boolean opensDouble(String text, int i, TextRange block) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E') {
            return true;
        }
        return c == '"' && opensAfter(text, i, block) && i + 1 < block.end()
                && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** An opening single mark stands before a letter where a word could start: not {@code '90s}, not {@code don't}. */
    private static boolean opensSingle(String text, int i, TextRange block) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2018') {
            return false;
        }
        return opensAfter(text, i, block) && i + 1 < block.end() && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * The closing single mark: one after a non-blank character and before a non-letter, within the block.
     * Returns -1 when there is none close enough, or the quoted run is a single letter ({@code rock 'n' roll}).
     */
    private static int singleClose(String text, int open, TextRange block) {
        int limit = Math.min(block.end(), open + MAX_SINGLE_QUOTED);
        for (int i = open + 2; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '\u2019') && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= block.end() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                long letters = text.substring(open + 1, i).codePoints().filter(Character::isLetter).count();
                return letters >= 2 ? i : -1;
            }
        }
        return -1;
    }

    private static boolean opensAfter(String text, int i, TextRange block) {
        if (i == block.start()) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
    }
}
