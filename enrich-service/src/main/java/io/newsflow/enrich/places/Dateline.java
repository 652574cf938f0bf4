package io.newsflow.enrich.places;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with: "CARACAS, Venezuela (Reuters) -", "PARIS, Texas (AP) —", "LONDON -".
 * The place is in capitals by convention; a qualifier (state or country) may follow after a comma; a news
 * agency in parentheses may close it, and a dash always does.
 *
 * @param place     the place as written ("CARACAS")
 * @param qualifier what narrows it down ("Venezuela"), empty when there is none
 */
public record Dateline(String place, String qualifier) {
    /** Datelines open the body, which follows the headline: look that far in and no further. */
    static final int SEARCH_CHARS = 1_000;
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*(\\p{Lu}[\\p{Lu}.'\\- ]{1,40}?)\\s*(?:,\\s*(\\p{Lu}[\\p{L}.'\\- ]{1,40}?))?\\s*"
                    + "(?:\\([^)\\n]{1,40}\\)\\s*)?[-\u2013\u2014]");

    /** @return the dateline of the text, empty when none of its first lines opens with one */
    public static Optional<Dateline> find(String text) {
        Matcher matcher = DATELINE.matcher(text.length() <= SEARCH_CHARS ? text : text.substring(0, SEARCH_CHARS));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String qualifier = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new Dateline(matcher.group(1).strip(), qualifier));
    }
}
