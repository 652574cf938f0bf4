package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends a common CRF error on institution names: "Washington Office on Latin America" comes out as the
 * organisation "Washington Office" followed by the place "Latin America". When an organisation ends in a
 * word that heads institution names (Office, Council, Bank, ...) and the next mention in the sentence follows
 * after just "on", "of" or "for", the two are one organisation. The head-noun condition keeps "Siemens of
 * Germany" apart.
 */
final class InstitutionNameJoiner {
    private static final Set<String> INSTITUTION_HEADS = Set.of(
            "office", "council", "committee", "commission", "institute", "institution", "center", "centre",
            "bank", "agency", "ministry", "department", "association", "federation", "union", "court",
            "organization", "organisation", "foundation", "fund", "board", "authority", "bureau", "academy",
            "university", "college", "society", "league", "alliance", "forum", "party", "service");
    private static final Pattern CONNECTOR = Pattern.compile(" (?:on|of|for) ");
    private static final String ORGANIZATION = "ORGANIZATION";

    private InstitutionNameJoiner() {
    }

    static List<NerSpan> join(List<NerSpan> spans, String text) {
        List<NerSpan> joined = new ArrayList<>(spans.size());
        for (NerSpan span : spans) {
            NerSpan previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continuesInstitutionName(previous, span, text)) {
                joined.set(joined.size() - 1, new NerSpan(ORGANIZATION, previous.start(), span.end(),
                        text.substring(previous.start(), span.end()), previous.sentence()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static boolean continuesInstitutionName(NerSpan organisation, NerSpan next, String text) {
        if (!ORGANIZATION.equals(organisation.label()) || next.sentence() != organisation.sentence()
                || "PERSON".equals(next.label())) {
            return false;
        }
        String between = text.substring(organisation.end(), next.start());
        String[] words = organisation.text().split("\\s+");
        return CONNECTOR.matcher(between).matches()
                && INSTITUTION_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
