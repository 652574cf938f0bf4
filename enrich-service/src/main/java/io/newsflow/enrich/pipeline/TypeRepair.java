package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.LinkCandidate;
import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.linking.WikipediaLinker;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends entity types the CRF gets wrong from a name's shape, with evidence from outside the sentence. The CRF
 * types a word by its spelling and its neighbours; "Banco de Portugal" ends in a country, so it comes out a
 * place, and "Alster" in "near the Alster lake" looks like a surname, so it comes out a person.
 *
 * <p>Three kinds of evidence, decided per name (the first mention with evidence decides) and applied to every
 * mention of that name, so that the article stays consistent:
 * <ul>
 *   <li>the name itself: a name that opens with the word for an institution followed by "of" in any of the
 *       languages news copy quotes names in ("Banco de Portugal", "Bank of England", "Universidad de Chile") is an
 *       organisation;</li>
 *   <li>the Wikipedia article the link index gives the name, when its title ends in a word or a qualifier that
 *       says what kind of thing it is ("Torino_F.C.", "Labour_Party", "Rhine_River", "Spree_(river)");</li>
 *   <li>the common noun the article puts beside the name: "the Alster lake", "the river Spree", "Lake Alster"
 *       name a body of water, which is a place, never a person or an organisation.</li>
 * </ul>
 * MISC mentions are left alone: CoNLL's catch-all holds events and nationalities, whose titles and neighbours
 * say little about the four types.
 */
final class TypeRepair {
    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String LOCATION = "LOCATION";

    /** Institution words that open a name followed by "of" ("Banco de Portugal", "Ministry of Defence"). */
    private static final Pattern INSTITUTION_OF = Pattern.compile(
            "(?iu)(bank|banco|banca|banque|bundesbank|university|universidad|universidade|universit[àeé]|"
                    + "universität|ministry|ministerio|ministère|ministerium|council|consejo|conseil|court|"
                    + "tribunal|institute|instituto|institut|academy|academia|académie|bureau|agency|agencia|"
                    + "agence|department|departamento|office|commission|comisión|comissão|committee|comité|"
                    + "federation|federación|fédération|association|asociación|associação|union|unión|party|"
                    + "partido|parti|banco central|central bank|bolsa|bourse|church|iglesia)"
                    + "\\s+(?:of|de|do|da|dos|das|del|des|du|di|della|der|für|for|on)\\s+\\S.*");
    /** Last words of the title of an article about an organisation ("Torino_F.C.", "Labour_Party"). */
    private static final Set<String> ORGANISATION_TITLE_HEADS = Set.of(
            "F.C.", "FC", "A.F.C.", "Company", "Corporation", "Inc.", "Party", "University", "Club", "Airlines",
            "Airways", "Association", "Organization", "Organisation", "Council", "Committee", "Ministry", "Agency",
            "Group", "Federation", "Institute", "Commission");
    /** Last words or qualifiers of the title of an article about a natural feature ("Rhine_River", "(river)"). */
    private static final Set<String> PLACE_TITLE_HEADS = Set.of(
            "River", "Lake", "Mountains", "Island", "Islands", "Valley", "Peninsula", "Gulf", "Bay", "Strait",
            "Desert", "river", "lake", "island", "mountain", "region");
    /** A title and its parenthesised qualifier, if any: "Spree_(river)". */
    private static final Pattern QUALIFIER = Pattern.compile("^(.*?)(?:_\\(([^)]*)\\))?$");
    /** Common nouns for bodies of water and land forms: beside a name, they make it a place. */
    private static final Set<String> FEATURE_NOUNS = Set.of(
            "lake", "river", "sea", "bay", "canal", "island", "islands", "mountain", "mountains", "valley",
            "strait", "straits", "peninsula", "desert", "gulf", "lagoon", "fjord", "creek", "glacier", "volcano");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    private static final int CONTEXT = 30;

    private final LinkIndex index;

    TypeRepair(LinkIndex index) {
        this.index = index;
    }

    /**
     * The mentions with their types mended.
     *
     * @param text the text the mentions' offsets point into
     */
    List<NerSpan> repair(List<NerSpan> mentions, String text) {
        Map<String, String> nameKeys = new HashMap<>();
        Map<String, Optional<String>> typeByName = new HashMap<>();
        // the index is asked once per name and label, however often the article repeats the name
        Map<String, Optional<String>> titleEvidence = new HashMap<>();
        for (NerSpan mention : mentions) {
            if ("MISC".equals(mention.label())) {
                continue;
            }
            String name = nameKeys.computeIfAbsent(mention.text(), NameKey::of);
            if (typeByName.getOrDefault(name, Optional.empty()).isPresent()) {
                continue;
            }
            Optional<String> evidence = textEvidence(mention, text).or(() -> titleEvidence.computeIfAbsent(
                    mention.label() + ":" + name, key -> typeFromTitle(mention)));
            typeByName.put(name, evidence);
        }
        return mentions.stream().map(mention -> {
            if ("MISC".equals(mention.label())) {
                return mention;
            }
            Optional<String> type = typeByName.getOrDefault(nameKeys.get(mention.text()), Optional.empty());
            return type.map(mention::withLabel).orElse(mention);
        }).toList();
    }

    /** What the name's own words and the noun beside it say. */
    private static Optional<String> textEvidence(NerSpan mention, String text) {
        if (hasWhitespace(mention.text()) && INSTITUTION_OF.matcher(mention.text()).matches()) {
            return Optional.of(ORGANIZATION);
        }
        if (besideFeatureNoun(mention, text)) {
            return Optional.of(LOCATION);
        }
        return Optional.empty();
    }

    /**
     * What the title of the name's article says, where it speaks plainly: a place the CRF took for an
     * organisation's name ("Torino" is the club "Torino_F.C."), a person that is a river. A one-word person is
     * not re-typed as an organisation: that is a surname, whose commonest article is often a firm ("Ford").
     */
    private Optional<String> typeFromTitle(NerSpan mention) {
        Optional<LinkCandidate> link = index.lookup(mention.text())
                .filter(candidate -> candidate.prior() >= WikipediaLinker.MIN_SCORE);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Matcher title = QUALIFIER.matcher(link.get().title());
        if (!title.matches()) {
            return Optional.empty();
        }
        String[] words = title.group(1).split("_");
        String head = title.group(2) != null ? title.group(2) : words[words.length - 1];
        boolean organisation = ORGANISATION_TITLE_HEADS.contains(head)
                || INSTITUTION_OF.matcher(title.group(1).replace('_', ' ')).matches();
        if (organisation && (LOCATION.equals(mention.label())
                || PERSON.equals(mention.label()) && NameKey.words(mention.text()).size() > 1)) {
            return Optional.of(ORGANIZATION);
        }
        if (PERSON.equals(mention.label()) && PLACE_TITLE_HEADS.contains(head)) {
            return Optional.of(LOCATION);
        }
        return Optional.empty();
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean besideFeatureNoun(NerSpan mention, String text) {
        Matcher after = WORD_AFTER.matcher(text.substring(mention.end(), Math.min(text.length(),
                mention.end() + CONTEXT)));
        if (after.find() && isFeatureNoun(after.group(1), true)) {
            return true;
        }
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, mention.start() - CONTEXT),
                mention.start()));
        return before.find() && isFeatureNoun(before.group(1), false);
    }

    /** After a name only the lower-case noun counts: "Alster lake", but "Geneva Lake Resort" is something else. */
    private static boolean isFeatureNoun(String word, boolean afterName) {
        if (afterName && !word.equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return FEATURE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
