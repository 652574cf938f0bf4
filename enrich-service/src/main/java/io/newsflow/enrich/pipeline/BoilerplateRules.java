package io.newsflow.enrich.pipeline;

import io.newsflow.common.plaintext.PageChrome;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the pieces of a body that are not the story: page chrome, photo captions and credits, links to
 * other stories, contributor and author lines. Line rules look at one line at a time, because chrome is
 * line-shaped even when a page glues it to a paragraph; paragraph rules look at a whole paragraph, because
 * a caption or a contributor line is recognised by how the paragraph ends.
 */
final class BoilerplateRules {
    /** Related-story headlines are short; a longer unpunctuated paragraph is more likely a copying slip. */
    private static final int MAX_RELATED_HEADLINE_WORDS = 20;
    /** Contributor and credit lines are short; a long paragraph that matches is a story sentence. */
    private static final int MAX_CONTRIBUTOR_WORDS = 40;
    private static final int MAX_CREDIT_LINE_WORDS = 15;

    private static final String CREDIT_IN_PARENTHESES = "\\((?:"
            // (Photo: Jane Doe), (Photo by Jane Doe/Getty Images), (AP Photo/Jane Doe), (Courtesy of ...)
            + "(?:[\\p{Lu}]{2,}\\s+)?(?:Photo(?:graph)?|Image|Picture)s?(?:\\s+by|\\s*[:/])[^()]*"
            + "|Courtesy(?:\\s+of)?\\s[^()]*"
            // (Jane Doe/AP), (Jane Doe/AFP/Getty Images), (Jane Doe/The Washington Post)
            + "|\\p{Lu}[\\p{L}.'’ -]*/\\s*\\p{Lu}[\\p{L}\\p{N}.'’& /-]*"
            // (Getty Images), (Jane Doe for Reuters via Getty Images)
            + "|[^()]*\\b(?:Getty Images|AFP|EPA(?:-EFE)?|Shutterstock|Alamy|iStock|Pool Photo)\\b[^()]*"
            + ")\\)";
    private static final Pattern CAPTION = Pattern.compile("^\\S.*\\s" + CREDIT_IN_PARENTHESES + "$");
    private static final Pattern CREDIT_ONLY = Pattern.compile("^" + CREDIT_IN_PARENTHESES + "$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:(?:Photo(?:graph)?|Image|Picture|Video)\\s*(?:credits?|courtesy)?|Credits?|Courtesy)\\s*:\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED_LINE = Pattern.compile(
            "^(?:Read more|Read also|Also read|More|Related(?: stories| story| articles?| coverage| content)?"
                    + "|See also|Watch|Listen)\\s*:\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final String THIS_REPORT = "to (?:this|the) (?:report|story|article)";
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\bcontributed (?:reporting(?: " + THIS_REPORT + ")?|" + THIS_REPORT + ")(?: from [^.]+)?\\.?\\)?$",
            Pattern.CASE_INSENSITIVE);
    /** The word every {@link #CONTRIBUTED} match holds. */
    private static final String CONTRIBUTED_WORD = "contributed";
    private static final Pattern REPORTING_CREDITS = Pattern.compile(
            "^\\(?(?:Additional reporting|Reporting|Writing|Editing|Compiled|Produced)(?: and \\w+)? by\\s+\\p{Lu}");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?…:;,]['\"’”)\\]]*$");
    private static final Pattern STARTS_LIKE_HEADLINE = Pattern.compile("^['\"‘“]?[\\p{Lu}\\p{N}]");

    private BoilerplateRules() {
    }

    /** The kind of chrome a single line is, if it is chrome at all. */
    static Optional<RemovedKind> lineKind(String line) {
        if (PageChrome.isNavigation(line)) {
            return Optional.of(RemovedKind.NAVIGATION);
        }
        // Inside a body a publication name is chrome only as a bare label: "Reuters reported the deal." is news.
        if (PageChrome.isKnownMasthead(line) && !endsWithClosingPunctuation(line)) {
            return Optional.of(RemovedKind.MASTHEAD);
        }
        if (PageChrome.isByline(line) || PageChrome.isDateline(line)) {
            return Optional.of(RemovedKind.BYLINE);
        }
        // the cheap checks before each pattern are implied by it: they only spare the lines it cannot match
        if (line.startsWith("(") && CREDIT_ONLY.matcher(line).matches()
                || (CREDIT_LINE.matcher(line).matches() && PageChrome.wordCount(line) <= MAX_CREDIT_LINE_WORDS)) {
            return Optional.of(RemovedKind.CREDIT);
        }
        if (RELATED_LINE.matcher(line).matches()) {
            return Optional.of(RemovedKind.RELATED);
        }
        return Optional.empty();
    }

    /** The kind of boilerplate a whole paragraph is, judged on the paragraph alone. */
    static Optional<RemovedKind> paragraphKind(String paragraph) {
        boolean isShort = PageChrome.wordCount(paragraph) <= MAX_CONTRIBUTOR_WORDS;
        if (isShort && ((containsIgnoringCase(paragraph, CONTRIBUTED_WORD) && CONTRIBUTED.matcher(paragraph).find())
                || REPORTING_CREDITS.matcher(paragraph).find())) {
            return Optional.of(RemovedKind.CONTRIBUTOR);
        }
        if (paragraph.indexOf(')') >= 0 && CAPTION.matcher(paragraph).matches()) {
            return Optional.of(RemovedKind.CAPTION);
        }
        return Optional.empty();
    }

    /**
     * Short, capitalised and without closing punctuation: how a related-story link pasted into a body looks.
     * Only the caller knows whether it sits between story paragraphs, which is what makes it one.
     */
    static boolean looksLikeEmbeddedHeadline(String paragraph) {
        int words = PageChrome.wordCount(paragraph);
        return words <= MAX_RELATED_HEADLINE_WORDS && PageChrome.isHeadlineLike(paragraph)
                && STARTS_LIKE_HEADLINE.matcher(paragraph).find() && !endsWithClosingPunctuation(paragraph);
    }

    /**
     * Whether the text holds the word in any case. {@link String#regionMatches(boolean, int, String, int, int)}
     * folds case at least as widely as the patterns' ASCII-only {@code CASE_INSENSITIVE}, so it never says no
     * where the pattern could match.
     */
    private static boolean containsIgnoringCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithClosingPunctuation(String text) {
        return CLOSING_PUNCTUATION.matcher(text.strip()).find();
    }
}
