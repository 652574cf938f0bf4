package io.newsflow.enrich.linking;

import io.newsflow.common.event.EntityLink;
import io.newsflow.common.plaintext.PageChrome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the Wikipedia article an entity of one article refers to, from all the names the article gives it.
 *
 * <p>The fullest name decides first: "Nicolás Maduro" is far less ambiguous than the "Maduro" the same article
 * uses later (which on its own means a footballer), so a surname-only form never links a person the article
 * names in full. Every further name of the entity that points to the same article raises the score; the
 * entity's type rules out articles of the wrong kind (a person is not a university, no entity is a film).
 * A candidate whose prior stays below {@link #MIN_SCORE} is rejected and the entity is NIL.
 */
public final class WikipediaLinker {
    /**
     * Below this the name is as likely to mean something else: with one other reading the prior is 0.5 at
     * best, so a link must be the name's majority reading, not merely its commonest.
     */
    public static final double MIN_SCORE = 0.5;
    /** Parenthesised qualifiers that mark a creative work, never a news entity of the three linked types. */
    private static final Pattern WORK = Pattern.compile(
            ".*_\\((film|album|song|band|novel|play|musical|TV_series|video_game|magazine|book|EP|single|"
                    + "opera|poem|painting|comics|character|[0-9]{4}_film)\\)");
    /** Words in a title that name an organisation or a place; such an article is not about a person. */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            ".*(\\b(University|College|School|Party|Company|Corporation|Inc|Bank|Association|Organization|"
                    + "Organisation|Council|Ministry|Agency|F\\.C|Club|Committee|Army|Group|Airlines|River|Lake|"
                    + "County|Province|Island|Islands|Mountain|Street|Airport|Station|Stadium|Hospital|Church|"
                    + "family)\\b|\\((surname|name|given name)\\)).*");

    private final LinkIndex index;

    public WikipediaLinker(LinkIndex index) {
        this.index = index;
    }

    /**
     * @param type          PERSON, ORGANIZATION or LOCATION (MISC is never linked)
     * @param canonicalName the fullest name the article uses
     * @param names         every name the article uses for the entity, canonical one included, in any order
     */
    public EntityLink link(String type, String canonicalName, List<String> names) {
        Map<String, Double> votes = new LinkedHashMap<>();
        double bestRejected = 0;
        for (String name : usableNames(type, canonicalName, names)) {
            Optional<LinkCandidate> found = index.lookup(name);
            if (found.isEmpty()) {
                continue;
            }
            LinkCandidate candidate = found.get();
            if (!fits(type, candidate.title())) {
                bestRejected = Math.max(bestRejected, candidate.prior());
                continue;
            }
            // Independent names agreeing: the chance that all of them mean something else multiplies.
            votes.merge(candidate.title(), candidate.prior(), (a, b) -> 1 - (1 - a) * (1 - b));
        }
        Optional<Map.Entry<String, Double>> best = votes.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue());
        if (best.isPresent() && best.get().getValue() >= MIN_SCORE) {
            return EntityLink.to(best.get().getKey(), round(best.get().getValue()));
        }
        double rejected = best.map(Map.Entry::getValue).orElse(0.0);
        return EntityLink.nil(round(Math.max(rejected, bestRejected)));
    }

    /**
     * The names worth looking up, fullest first. A name with fewer words than the canonical one does not
     * speak for a person: it is a surname or a first name, whose commonest article is someone else's.
     */
    static List<String> usableNames(String type, String canonicalName, List<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        distinct.add(canonicalName);
        names.stream().sorted(Comparator.comparingInt(WikipediaLinker::wordCount).reversed()).forEach(distinct::add);
        int fullest = wordCount(canonicalName);
        List<String> usable = new ArrayList<>();
        for (String name : distinct) {
            if (!"PERSON".equals(type) || wordCount(name) >= Math.min(2, fullest)) {
                usable.add(name);
            }
        }
        return usable;
    }

    static boolean fits(String type, String title) {
        if (WORK.matcher(title).matches() || title.startsWith("List_of")) {
            return false;
        }
        return !"PERSON".equals(type) || !NOT_A_PERSON.matcher(title.replace('_', ' ')).matches();
    }

    /** The entity's cross-article key: its Wikipedia title when linked, else {@code type:name}. */
    public static String key(String type, String canonicalName, EntityLink link) {
        if (link != null && !link.nil()) {
            return link.title();
        }
        return type.toLowerCase(Locale.ROOT) + ":" + NameForm.of(canonicalName);
    }

    private static int wordCount(String name) {
        // the count of the stripped name's pieces between runs of \s, without splitting it
        return PageChrome.wordCount(name);
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
