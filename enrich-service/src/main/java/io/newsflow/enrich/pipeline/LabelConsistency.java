package io.newsflow.enrich.pipeline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every occurrence of the same name the label most of its occurrences got. The CRF labels each sentence
 * on its own, so "Trump" can come out PERSON in one sentence and MISC in "the Trump administration"; one
 * article rarely uses one name for two kinds of thing, so the majority is the better guess for all of them.
 */
final class LabelConsistency {
    /**
     * On a tie the more specific label wins: MISC is CoNLL's catch-all, and a person or organisation is
     * what a reader looks the name up as.
     */
    private static final List<String> TIE_PREFERENCE = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private LabelConsistency() {
    }

    static List<NerSpan> relabelByMajority(List<NerSpan> mentions) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (NerSpan mention : mentions) {
            votes.computeIfAbsent(NameKey.of(mention.text()), key -> new LinkedHashMap<>())
                    .merge(mention.label(), 1, Integer::sum);
        }
        return mentions.stream().map(mention -> mention.withLabel(winner(votes.get(NameKey.of(mention.text())))))
                .toList();
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
