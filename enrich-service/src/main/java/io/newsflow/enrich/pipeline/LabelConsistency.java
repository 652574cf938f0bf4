package io.newsflow.enrich.pipeline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every occurrence of the same name the label most of its occurrences got. The CRF labels each sentence
 * on its own, so "Trump" can come out PERSON in one sentence and MISC in "the Trump administration"; one
 * article rarely uses one name for two kinds of thing, so the majority is the better guess for all of them.
 *
 * <p>People are named in full once and by surname after; the CRF, seeing "Khan" alone in a results line, often
 * takes it for a place or a club. A one-word name that is the last word of a person the same article names in
 * full is that person ({@link #personBySurname}). Linking can still overrule both ({@link TypeRepair}).
 *
 * <p>One exception to the majority: a name the CRF labels mostly as an organisation keeps the place label where
 * the CRF gave it. A city is also its club ("Chicago" in a results table, "at Chicago" for where it plays); the
 * club is the use that changes from sentence to sentence, not a tagging slip. The other way round, a place
 * labelled an organisation now and then ("ASUNCIÓN" in a dateline in capitals, a country's team) is the place.
 */
final class LabelConsistency {
    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String LOCATION = "LOCATION";
    /**
     * On a tie the more specific label wins: MISC is CoNLL's catch-all, and a person or organisation is
     * what a reader looks the name up as.
     */
    private static final List<String> TIE_PREFERENCE = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private LabelConsistency() {
    }

    /**
     * Labels PERSON every one-word mention that is the surname (last word) of a person the article names with
     * two words or more. Only one-word mentions change: "Washington" in "George Washington" is a surname, but a
     * longer name that merely contains a person's words ("Nobel Peace Prize") is not that person.
     */
    static List<NerSpan> personBySurname(List<NerSpan> mentions) {
        Set<String> surnames = new HashSet<>();
        for (NerSpan mention : mentions) {
            if (PERSON.equals(mention.label()) && !isOneWord(mention.text())) {
                List<String> words = NameKey.words(mention.text());
                surnames.add(words.get(words.size() - 1));
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(mention -> !PERSON.equals(mention.label()) && isOneWord(mention.text())
                && surnames.contains(NameKey.of(mention.text())) ? mention.withLabel(PERSON) : mention).toList();
    }

    private static boolean isOneWord(String name) {
        return name.chars().noneMatch(Character::isWhitespace);
    }

    static List<NerSpan> relabelByMajority(List<NerSpan> mentions) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        // each spelling's key is worked out once, however often the article repeats it
        Map<String, String> keys = new HashMap<>();
        for (NerSpan mention : mentions) {
            votes.computeIfAbsent(keys.computeIfAbsent(mention.text(), NameKey::of), key -> new LinkedHashMap<>())
                    .merge(mention.label(), 1, Integer::sum);
        }
        return mentions.stream().map(mention -> {
            String winner = winner(votes.get(keys.get(mention.text())));
            return ORGANIZATION.equals(winner) && LOCATION.equals(mention.label()) ? mention
                    : mention.withLabel(winner);
        }).toList();
    }

    private static String winner(Map<String, Integer> votes) {
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> byPreference = Comparator.comparingInt(
                vote -> -preference(vote.getKey()));
        return votes.entrySet().stream().max(byCount.thenComparing(byPreference)).orElseThrow().getKey();
    }

    private static int preference(String label) {
        int index = TIE_PREFERENCE.indexOf(label);
        return index < 0 ? TIE_PREFERENCE.size() : index;
    }
}
