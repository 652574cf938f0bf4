package io.newsflow.enrich.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims a raw mention to the name itself and rejects spans that cannot be names. The CRF sometimes takes a
 * possessive "'s", a quote mark or a title along with a name; left in, "Maduro's" and "President Maduro"
 * would become entities of their own.
 */
final class MentionFilter {
    private static final String PERSON = "PERSON";

    /** Words that are never names however the tagger labels them. */
    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
            "this", "that", "these", "those", "who", "whom", "whose");

    /**
     * Titles and honorifics that precede a person's name but are not part of it. Royal and religious styles
     * (Pope, King, Queen, Prince) are deliberately absent: "Pope Francis" is how the name is written.
     */
    private static final Set<String> PERSON_TITLES = Set.of(
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "mr", "mrs", "ms",
            "mx", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "representative", "gov",
            "governor", "gen", "general", "lt", "col", "colonel", "capt", "captain", "sgt", "sergeant", "adm",
            "admiral", "maj", "cmdr", "judge", "justice", "mayor", "ambassador", "sir", "dame", "rev",
            "reverend", "chairman", "chairwoman", "commissioner", "spokesman", "spokeswoman", "former");

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\S+?)\\.?(?:\\s+|$)");

    private MentionFilter() {
    }

    /** The mention narrowed to the name it contains, or empty when no name is left. */
    static Optional<NerSpan> nameWithin(NerSpan span) {
        int start = span.start();
        int end = span.end();
        String text = span.text();
        // every possessive holds an apostrophe; most names have none and need no search
        if (text.indexOf('\'') >= 0 || text.indexOf('’') >= 0) {
            Matcher possessive = POSSESSIVE.matcher(text);
            if (possessive.find()) {
                end -= possessive.group().length();
            }
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start - span.start()))) {
            start++;
        }
        while (end > start && !isNameEnd(text.charAt(end - 1 - span.start()))
                && !closesBracketWithin(text.substring(start - span.start(), end - span.start()))) {
            end--;
        }
        if (PERSON.equals(span.label())) {
            start = afterTitles(text, span.start(), start, end);
        }
        NerSpan name = span.narrowedTo(start, end);
        return isName(name.text()) ? Optional.of(name) : Optional.empty();
    }

    /** Abbreviations end in a full stop that belongs to the name: "U.S.", "Jr."; other punctuation does not. */
    private static boolean isNameEnd(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    /** A club's qualifier in brackets is part of its name: "Mladost ( L )", "Radnicki (N)". */
    private static boolean closesBracketWithin(String name) {
        return name.endsWith(")") && name.indexOf('(') > 0;
    }

    private static int afterTitles(String text, int textStart, int start, int end) {
        while (start < end) {
            Matcher word = LEADING_WORD.matcher(text.substring(start - textStart, end - textStart));
            if (!word.find() || !PERSON_TITLES.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                return start;
            }
            start += word.end();
        }
        return start;
    }

    private static boolean isName(String text) {
        // digits count with letters: "F-16" is a name, "C$" is not
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        // a span without a capital ("euro", "dollar") is a common noun the CRF took for a name
        boolean capitalised = text.codePoints().anyMatch(Character::isUpperCase);
        return letters >= 2 && capitalised && !PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
    }
}
