package io.newsflow.common.plaintext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the lines a web page wraps around an article when its text is copied: mastheads and
 * taglines, navigation and widget labels, bylines and datelines. Shared by the plain-text reader in
 * ingest-service and the cleaning stage in enrich-service, so both draw the line in the same place.
 */
public final class PageChrome {
    /** Publication names and taglines that open copied pages; a line starting with one is a masthead. */
    private static final List<String> KNOWN_MASTHEADS = List.of(
            "the washington post", "democracy dies in darkness", "the new york times",
            "all the news that's fit to print", "the wall street journal", "financial times",
            "the guardian", "bbc news", "reuters", "associated press", "ap news", "bloomberg",
            "al jazeera", "cnn", "npr", "politico", "axios", "the economist", "los angeles times",
            "usa today", "the times", "the telegraph", "the independent", "le monde", "der spiegel");

    private static final List<String> NAVIGATION_LABELS = List.of(
            "skip to main content", "skip to content", "sign in", "log in", "subscribe", "menu",
            "advertisement", "share", "share this article", "listen to article", "gift article",
            "comment", "comments", "save", "print", "email", "read more", "show more", "close");
    /** No navigation label has more letters than this, so a line with more is no label. */
    private static final int MAX_NAVIGATION_LETTERS = NAVIGATION_LABELS.stream()
            .mapToInt(label -> (int) label.chars().filter(Character::isLetter).count()).max().orElse(0);

    /** Two words glued where a page put a tagline beside a logo: "PostDemocracy". */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{2,}\\p{Lu}\\p{Ll}+");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,8}\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?:Published|Updated|Posted)\\s*:?\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\w*,?\\s+)?"
                    + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|Today)"
                    + "(?:\\s*(?:at|,)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[A-Z]{0,4})?\\.?\\s*$");
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.:;,]['\"’”)]*\\s*$");

    private PageChrome() {
    }

    /** A publication name or tagline line, recognised by name. */
    public static boolean isKnownMasthead(String line) {
        String lower = normalise(line);
        return KNOWN_MASTHEADS.stream().anyMatch(lower::startsWith) && wordCount(line) <= 10;
    }

    /**
     * A line that looks like a logo and tagline pasted together ("The Washington PostDemocracy Dies in
     * Darkness"). Only meaningful for lines above the headline, which is where callers apply it.
     */
    public static boolean looksLikeGluedMasthead(String line) {
        return wordCount(line) <= 10 && !ENDS_LIKE_SENTENCE.matcher(line).find()
                && GLUED_WORDS.matcher(line).find();
    }

    public static boolean isNavigation(String line) {
        String normalised = normalise(line);
        // every letter survives the clean-up below, so counting them first spares story lines the regex
        if (letterCount(normalised) > MAX_NAVIGATION_LETTERS) {
            return false;
        }
        String lower = normalised.replaceAll("[^\\p{L}\\p{N}' ]", "").trim();
        return NAVIGATION_LABELS.contains(lower);
    }

    public static boolean isByline(String line) {
        return BYLINE.matcher(line.strip()).matches();
    }

    /** The names of a byline line ("By Anne Gearan and Karen DeYoung" gives "Anne Gearan and Karen DeYoung"). */
    public static String bylineNames(String line) {
        return line.strip().replaceFirst("^(?:By|BY|by)\\s+", "");
    }

    public static boolean isDateline(String line) {
        return DATELINE.matcher(line.strip()).matches();
    }

    /** Short and without closing punctuation: how headlines (and embedded related-story links) look. */
    public static boolean isHeadlineLike(String line) {
        int words = wordCount(line);
        return words >= 3 && words <= 40 && !ENDS_LIKE_SENTENCE.matcher(line).find();
    }

    /**
     * The number of words: the stripped line's pieces between runs of {@code \s} (space, tab, line feed, vertical
     * tab, form feed, carriage return), as {@code line.strip().split("\\s+").length} counts them, without
     * building the pieces. Other white space (a no-break space, an em space) joins words, as it does there.
     */
    public static int wordCount(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        int words = 1;
        boolean inSeparator = false;
        for (int i = start; i < end; i++) {
            boolean separator = isSplitSpace(line.charAt(i));
            if (separator && !inSeparator) {
                words++;
            }
            inSeparator = separator;
        }
        return words;
    }

    private static boolean isSplitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Letters among the text's chars; a letter outside the BMP is not counted, so this never overcounts. */
    private static int letterCount(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static String normalise(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
