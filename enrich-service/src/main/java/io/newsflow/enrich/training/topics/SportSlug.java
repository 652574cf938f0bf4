package io.newsflow.enrich.training.topics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The weak sport label for Reuters wire copy: Reuters starts a sports story's headline with the sport's name as a
 * slug ({@code SOCCER - ...}, {@code BASEBALL - ...}, {@code Rugby league-...}), a rule that is right whenever it
 * fires. Stories without a slug are left unlabelled, not taken as non-sport: some sports stories have none.
 */
final class SportSlug {
    /** Every sport slug of the CoNLL-2003 training documents, and the American leagues' names Reuters also uses. */
    private static final List<String> SPORTS = List.of("american football", "athletics", "australian rules",
            "badminton", "baseball", "basketball", "boxing", "cricket", "cycling", "golf", "hockey", "horse racing",
            "ice hockey", "motocross", "motor racing", "motorcycling", "nba", "nfl", "nhl", "rallying", "rowing",
            "rugby league", "rugby union", "rugby", "soccer", "squash", "swimming", "tennis");
    /** The slug: the start of the headline up to a hyphen (white space around it optional). */
    private static final Pattern SLUG = Pattern.compile("^([A-Za-z][A-Za-z .]*?)\\s*-");

    private SportSlug() {
    }

    static boolean isSport(String headline) {
        var matcher = SLUG.matcher(headline.strip());
        return matcher.find() && SPORTS.contains(matcher.group(1).strip().toLowerCase(Locale.ROOT));
    }
}
