package io.newsflow.common.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the headline, byline and body in text copied from an article page. The page's masthead is
 * skipped: lines above the first headline-like line that are publication names, taglines, navigation, or
 * a logo glued to a tagline. The headline is the first remaining short line without closing punctuation.
 */
public final class PlainTextArticleReader {
    /** How many lines at the top may be chrome before the headline; beyond this we stop looking. */
    private static final int MAX_LEADING_CHROME_LINES = 8;
    /** A headline taken from the first sentence is cut at this many words. */
    private static final int FALLBACK_HEADLINE_WORDS = 20;

    /**
     * @throws IllegalArgumentException when the text has no words at all
     */
    public PlainTextArticle read(String text) {
        List<String> lines = nonBlankLines(text);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The text is empty: an article needs a headline and a body");
        }
        List<String> dropped = new ArrayList<>();
        String byline = null;
        String headline = null;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean beforeBody = body.isEmpty();
            if (beforeBody && headline == null && i < MAX_LEADING_CHROME_LINES && isLeadingChrome(lines, i)) {
                dropped.add(line);
            } else if (beforeBody && byline == null && PageChrome.isByline(line)) {
                byline = PageChrome.bylineNames(line);
            } else if (beforeBody && (PageChrome.isDateline(line) || PageChrome.isNavigation(line))) {
                dropped.add(line);
            } else if (headline == null && beforeBody && PageChrome.isHeadlineLike(line)) {
                headline = line;
            } else {
                body.add(line);
            }
        }
        String headlineSource = headline;
        if (headline == null) {
            headlineSource = sentenceOf(body.isEmpty() ? lines.get(0) : body.get(0));
            headline = shortened(headlineSource);
        }
        return new PlainTextArticle(headline, byline, String.join("\n\n", body), List.copyOf(dropped),
                headlineSource);
    }

    private static boolean isLeadingChrome(List<String> lines, int index) {
        String line = lines.get(index);
        if (PageChrome.isKnownMasthead(line) || PageChrome.isNavigation(line)) {
            return true;
        }
        // A glued logo+tagline only counts as a masthead when a headline-like line still follows it;
        // otherwise it may be the headline itself ("YouTube star ...").
        return PageChrome.looksLikeGluedMasthead(line)
                && nextHeadlineLike(lines, index + 1).isPresent();
    }

    private static Optional<String> nextHeadlineLike(List<String> lines, int from) {
        return lines.stream().skip(from)
                .filter(l -> !PageChrome.isNavigation(l) && !PageChrome.isByline(l) && !PageChrome.isDateline(l))
                .findFirst().filter(PageChrome::isHeadlineLike);
    }

    private static String sentenceOf(String paragraph) {
        return paragraph.split("(?<=[.!?])\\s+", 2)[0].strip();
    }

    private static String shortened(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= FALLBACK_HEADLINE_WORDS) {
            return sentence;
        }
        return String.join(" ", List.of(words).subList(0, FALLBACK_HEADLINE_WORDS)) + " …";
    }

    private static List<String> nonBlankLines(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : unified.split("\n")) {
            String stripped = line.replace('\u00A0', ' ').strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }
}
