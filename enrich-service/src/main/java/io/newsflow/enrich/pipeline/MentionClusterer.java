package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups mentions that name the same entity. People are referred to by surname after the first mention, so a
 * PERSON mention joins a longer PERSON mention that contains all its words ("Maduro" joins "Nicolás Maduro").
 * Organisations and places are mostly repeated verbatim, so they group on the exact name, plus an acronym
 * with the one full name of the same type whose initials it spells ("OAS" and "Organization of American
 * States", "U.S." and "United States").
 */
final class MentionClusterer {
    private static final String PERSON = "PERSON";
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

    private MentionClusterer() {
    }

    static List<MentionCluster> cluster(List<NerSpan> mentions) {
        Map<String, List<NerSpan>> byType = mentions.stream()
                .collect(Collectors.groupingBy(NerSpan::label, LinkedHashMap::new, Collectors.toList()));
        List<MentionCluster> clusters = new ArrayList<>();
        byType.forEach((type, ofType) -> clusters.addAll(
                PERSON.equals(type) ? clusterPeople(type, ofType) : clusterByName(type, ofType)));
        clusters.sort(Comparator.comparingInt(MentionCluster::firstStart));
        return List.copyOf(clusters);
    }

    private static List<MentionCluster> clusterPeople(String type, List<NerSpan> mentions) {
        // Each mention's words are worked out once here, not again at every comparison and every group.
        List<PersonName> names = mentions.stream().map(PersonName::of).toList();
        // Longest first, so every cluster is seeded by the fullest form and shorter forms find it.
        List<PersonName> longestFirst = names.stream()
                .sorted(Comparator.comparingInt((PersonName name) -> -name.wordCount())
                        .thenComparingInt(name -> name.mention().start()))
                .toList();
        List<List<NerSpan>> groups = new ArrayList<>();
        List<Set<String>> seedWords = new ArrayList<>();
        for (PersonName name : longestFirst) {
            List<List<NerSpan>> candidates = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (seedWords.get(g).containsAll(name.words())) {
                    candidates.add(groups.get(g));
                }
            }
            if (candidates.isEmpty()) {
                groups.add(new ArrayList<>(List.of(name.mention())));
                seedWords.add(name.words());
            } else {
                closestBefore(candidates, name.mention().start()).add(name.mention());
            }
        }
        return groups.stream().map(group -> new MentionCluster(type, fullestName(group), group)).toList();
    }

    /** A person mention with its name's words, as {@link NameKey#words} gives them, counted and as a set. */
    private record PersonName(NerSpan mention, int wordCount, Set<String> words) {
        static PersonName of(NerSpan mention) {
            List<String> words = NameKey.words(mention.text());
            return new PersonName(mention, words.size(), new HashSet<>(words));
        }
    }

    /**
     * When a surname fits two people ("Bush" with "George Bush" and "Jeb Bush"), the one named most recently
     * before it is meant; failing that, the first one the article names.
     */
    private static List<NerSpan> closestBefore(List<List<NerSpan>> candidates, int offset) {
        Comparator<List<NerSpan>> byLastMentionBefore = Comparator.comparingInt(group -> group.stream()
                .mapToInt(NerSpan::start).filter(start -> start < offset).max().orElse(Integer.MIN_VALUE));
        Comparator<List<NerSpan>> byFirstMention = Comparator.comparingInt(
                group -> -group.stream().mapToInt(NerSpan::start).min().orElseThrow());
        return candidates.stream().max(byLastMentionBefore.thenComparing(byFirstMention)).orElseThrow();
    }

    private static List<MentionCluster> clusterByName(String type, List<NerSpan> mentions) {
        Map<String, List<NerSpan>> byName = mentions.stream()
                .collect(Collectors.groupingBy(m -> NameKey.of(m.text()), LinkedHashMap::new, Collectors.toList()));
        List<List<NerSpan>> groups = new ArrayList<>(byName.values());
        mergeAcronyms(groups);
        return groups.stream().map(group -> new MentionCluster(type, fullestName(group), group)).toList();
    }

    private static void mergeAcronyms(List<List<NerSpan>> groups) {
        Map<String, List<List<NerSpan>>> byInitials = groups.stream()
                .filter(group -> NameKey.words(group.get(0).text()).size() > 1)
                .collect(Collectors.groupingBy(group -> initials(group.get(0).text())));
        List<List<NerSpan>> acronyms = groups.stream()
                .filter(group -> ACRONYM.matcher(group.get(0).text()).matches()).toList();
        for (List<NerSpan> acronym : acronyms) {
            String letters = NON_LETTERS.matcher(acronym.get(0).text()).replaceAll("");
            List<List<NerSpan>> fullNames = byInitials.getOrDefault(letters, List.of());
            // Two full names with the same initials leave the acronym ambiguous; better unmerged than wrong.
            if (fullNames.size() == 1) {
                fullNames.get(0).addAll(acronym);
                groups.removeIf(group -> group == acronym);
            }
        }
    }

    /** First letters of the capitalised words: "Organization of American States" gives "OAS". */
    private static String initials(String name) {
        return List.of(name.split("[\\s-]+")).stream()
                .filter(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)))
                .map(word -> word.substring(0, 1)).collect(Collectors.joining());
    }

    /**
     * Most words, then a spelling not in capitals (a headline in capitals writes "JAPAN"), then the most frequent
     * spelling, then the earliest: the form an editor would file under.
     */
    private static String fullestName(List<NerSpan> group) {
        Map<String, Long> frequency = group.stream()
                .collect(Collectors.groupingBy(NerSpan::text, Collectors.counting()));
        Comparator<NerSpan> fullest = Comparator.comparingInt((NerSpan m) -> NameKey.words(m.text()).size())
                .thenComparing(m -> m.text().codePoints().anyMatch(Character::isLowerCase))
                .thenComparingLong(m -> frequency.get(m.text()))
                .thenComparingInt(m -> -m.start());
        return group.stream().max(fullest).map(NerSpan::text).orElseThrow();
    }
}
