package io.newsflow.enrich.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that tie a quotation to its speaker in news English: verbs of saying (in every form a report uses),
 * {@code according to}, the pronouns a speaker is referred back with, and the words that start a description of a
 * speaker the article does not name.
 */
final class SpeechCues {
    /** Verbs of saying used only as verbs in news copy: every form counts. */
    private static final String VERBS = String.join("|",
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "ask", "asks", "asked", "asking", "declare", "declares", "declared", "declaring", "explain", "explains",
            "explained", "explaining", "warn", "warns", "warned", "warning", "write", "writes", "wrote", "insist",
            "insists", "insisted", "insisting", "argue", "argues", "argued", "arguing", "reply", "replies",
            "replied", "replying", "respond", "responds", "responded", "responding", "acknowledge",
            "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting",
            "announce", "announces", "announced", "announcing", "complain", "complains", "complained",
            "complaining", "concede", "concedes", "conceded", "conceding", "urge", "urges", "urged", "urging",
            "predict", "predicts", "predicted", "predicting", "vow", "vows", "vowed", "vowing", "conclude",
            "concludes", "concluded", "concluding", "observe", "observes", "observed", "describe", "describes",
            "described", "describing", "dismiss", "dismisses", "dismissed", "dismissing", "denounce",
            "denounces", "denounced", "denouncing", "suggest", "suggests", "suggested", "suggesting", "deny",
            "denies", "denied", "denying", "accuse", "accuses", "accused", "accusing", "criticize", "criticizes",
            "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising", "testify",
            "testifies", "testified", "testifying", "pledge", "pledges", "pledged", "pledging", "appeal",
            "appealed", "appealing", "plead", "pleads", "pleaded", "pleading", "demand", "demanded", "demanding",
            "quip", "quipped", "agree", "agreed", "stated", "tweeted", "posted", "noted", "noting", "continued",
            "claimed", "claiming", "cautioned", "cautioning", "stressed", "stressing", "promised", "promising",
            "joked", "remarked", "commented", "calls", "called", "calling", "labelled", "labeled", "branded",
            "termed", "signalled", "signaled", "signalling", "praised", "praising", "shouted", "boasted");

    /** A verb of saying, or {@code according to}; group 1 is the cue. */
    static final Pattern CUE = Pattern.compile("(?i)(?<!so-)\\b(according to|" + VERBS + ")\\b");

    /** A cue that reports speech ({@code said that}, {@code told reporters that}): the words after it are its subject's. */
    static final Pattern REPORTING = Pattern.compile("(?i)^\\s+(?:[\\p{L}’']+\\s+){0,3}?that\\b");

    /** Nouns for what was said, not who said it: {@code the statement said} is the statement's author. */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "report", "letter", "memo", "email",
            "post", "filing", "document", "release", "communique", "study", "message", "notice", "ruling");

    /** Subject pronouns a speaker is referred back with. */
    static final Pattern PRONOUN = Pattern.compile("\\b(?i:he|she|it|they)\\b");

    /** Words that start a speaker's description: {@code a senior official}, {@code the spokesman}. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "five",
            "several", "some", "another", "other", "many", "most", "his", "her", "its", "their", "our");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    /** Nouns that describe an organisation rather than a person: {@code the company said} is the company. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "ministry", "agency",
            "department", "bank", "group", "government", "authority", "union", "party", "council", "committee",
            "organisation", "organization", "court", "club", "board", "police", "army", "military", "commission",
            "office", "embassy", "institute", "university", "utility", "carmaker", "automaker", "airline",
            "insurer", "lender", "retailer", "regulator", "administration", "foundation", "campaign");

    private SpeechCues() {
    }

    /** The cue speaks of a speaker after it ({@code according to X}) whatever side of the quote it is on. */
    static boolean namesSpeakerAfter(String cue) {
        return cue.equalsIgnoreCase("according to");
    }

    /** A participle ({@code ..., saying}) has the subject of its clause's main verb, at the clause's start. */
    static boolean isParticiple(String cue) {
        return cue.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isIndefinite(String word) {
        return INDEFINITE.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDocumentNoun(String noun) {
        return DOCUMENT_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    static boolean isOrganisationNoun(String noun) {
        return ORGANISATION_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }
}
