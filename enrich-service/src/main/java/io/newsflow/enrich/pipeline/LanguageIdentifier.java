package io.newsflow.enrich.pipeline;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsflow.common.event.Enrichment;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the language of a text with Lingua, choosing among {@link #LANGUAGES}, the languages most news
 * in Europe, the Americas, the Middle East and East Asia is written in. Restricting the candidates keeps memory
 * small and avoids confusions with languages a newsroom never receives (Lingua knows 75).
 *
 * <p>Text whose letters are all ASCII, most English wire copy, is scored by {@link AsciiTrigramScorer}, which
 * gives Lingua's numbers from Lingua's models at a fraction of the cost; Lingua itself judges all other text.
 *
 * <p>The detector runs in <em>low-accuracy mode</em>, which scores trigrams only, and loads its models when the
 * pipeline is built. Lingua scores any text of 120 characters or more with trigrams only in either mode, so for
 * every article with a body the two modes give the same answer; high-accuracy mode adds 1- to 5-gram models that
 * help only shorter text (a headline-only flash) and cost about 565 MB of heap and 30 s of loading for these
 * 20 languages, against about 22 MB and 3.5 s in low-accuracy mode (measured on the 2-core development machine).
 * Lazy loading would only move the loading to the first article of each language, making that article slow;
 * like the NER model, the models are loaded once, at start-up, and shared by every thread and every detector
 * in the JVM.
 *
 * <p>{@linkplain Enrichment.Language#confidence() Confidence} is the probability that the language is right, from
 * how far the most likely language is ahead of the runner-up and how much text was scored
 * ({@link LanguageConfidence}). Lingua scores every candidate relative to the most likely one (which always scores
 * 1), so the <em>lead</em> {@code 1 - runnerUpScore} is 0 for a tie and 1 when Lingua's script rules leave only
 * one candidate. Thread-safe.
 *
 * <p>Stages that only read English run unless the text is clearly in another language: English is the most
 * likely language, or the most likely one's lead is less than {@value #CLEAR_LEAD} and English is still a
 * candidate (Lingua's script rules drop it for Cyrillic, Arabic or CJK text). A smaller lead means the text
 * holds too few ordinary words to tell: an English flash headline made of names ("Roe meets Lindqvist in Oslo")
 * comes out Dutch by 0.03, while five words of German or French lead by 0.15 or more. English NER reads names in
 * Latin-script text well enough, so for such text the English stages run and the block still reports the
 * uncertain guess; a clear lead for another language means English models would read words they do not know
 * as names, so they are skipped.
 */
public final class LanguageIdentifier {
    /**
     * How much of the cleaned text (headline first) the language is told from: a headline and the opening
     * sentence or two, more than twice the 160 to 210 characters of the language set's paragraphs that
     * {@link LanguageConfidence} is calibrated on (all read right).
     */
    static final int SAMPLE_CHARS = 400;
    /**
     * The first, shorter sample: the headline and about a sentence. When it settles the question (a lead of at least
     * {@value #SETTLED_LEAD}) the longer sample is not scored. Lingua's cost is its trigram look-ups, one per
     * trigram and candidate language, so this halves the cost for most articles.
     */
    static final int FIRST_SAMPLE_CHARS = 200;
    /**
     * Plainly English paragraphs lead the runner-up by 0.13 to 0.37 (see {@link LanguageConfidence}); on CoNLL-2003
     * eng.testa's 216 Reuters documents, 171 first samples lead by at least this, all rightly English, and the
     * three first samples read as another language (sports results and a table of figures made of names and
     * numbers) lead by less than 0.03, so they go on to the longer sample, which reads all 216 as English.
     */
    static final double SETTLED_LEAD = 0.10;
    /** Model version reported in the enrichment block; bump with the Lingua version or the language list. */
    public static final String MODEL_VERSION = "lingua-1.2.2/low-accuracy/20-languages";
    static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.GERMAN, Language.FRENCH,
            Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH,
            Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.POLISH, Language.CZECH, Language.RUSSIAN,
            Language.UKRAINIAN, Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE,
            Language.KOREAN);

    static final double CLEAR_LEAD = 0.05;

    private static final LanguageDetector DETECTOR = LanguageDetectorBuilder
            .fromLanguages(LANGUAGES.toArray(Language[]::new))
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();
    /** Lingua's verdict on plain ASCII text without Lingua's hash look-ups; the detector judges all other text. */
    private static final AsciiTrigramScorer ASCII_SCORER = AsciiTrigramScorer.loadFromLingua();

    /**
     * @return the language, or empty when the text has no letters to tell it by
     */
    public Optional<Enrichment.Language> identify(String text) {
        return detect(text).language();
    }

    /**
     * The opening of the text, cut at a word boundary. Trigram scores settle within a few hundred characters;
     * scoring a whole 6,000-character article cost 12 ms, a fifth of the pipeline's time, for the same answer, and
     * on short wire copy (CoNLL-2003 eng.testa's 216 Reuters documents, about 240 tokens each) scoring
     * the first 1,000 characters cost a quarter of the NER stage's time. With 400 characters Lingua ranks English
     * first for every one of those documents (with 1,000, for all but two), at less than half the
     * cost.
     */
    static String sample(String text) {
        return sample(text, SAMPLE_CHARS);
    }

    private static String sample(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = text.lastIndexOf(' ', chars);
        return text.substring(0, end > 0 ? end : chars);
    }

    /** @return the language, with no code when the text has no letters to tell it by */
    DetectedLanguage detect(String text) {
        Optional<Verdict> verdict = verdict(text);
        if (verdict.isEmpty()) {
            return DetectedLanguage.NONE;
        }
        Verdict found = verdict.get();
        String code = found.top().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        double confidence = LanguageConfidence.of(found.lead(), found.sampleChars());
        boolean english = found.top() == Language.ENGLISH
                || (found.lead() < CLEAR_LEAD && found.candidates().contains(Language.ENGLISH));
        return new DetectedLanguage(Optional.of(new Enrichment.Language(code, confidence)), english);
    }

    /**
     * @return Lingua's verdict on the text's first sample, or on the longer one when the first leaves it open;
     *         empty when the text has no letters to tell the language by
     */
    Optional<Verdict> verdict(String text) {
        String first = sample(text, FIRST_SAMPLE_CHARS);
        Optional<Verdict> verdict = score(first);
        if (first.length() == text.length() || verdict.map(v -> v.lead() >= SETTLED_LEAD).orElse(false)) {
            return verdict;
        }
        return score(sample(text));
    }

    /** Lingua's own confidences for the text, with no short cut: what {@link AsciiTrigramScorer} must match. */
    static Map<Language, Double> linguaConfidences(String text) {
        return DETECTOR.computeLanguageConfidenceValues(text);
    }

    private static Optional<Verdict> score(String sample) {
        Map<Language, Double> scores = ASCII_SCORER.confidences(sample)
                .orElseGet(() -> DETECTOR.computeLanguageConfidenceValues(sample));
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        Iterator<Map.Entry<Language, Double>> ranked = scores.entrySet().iterator();
        Language top = ranked.next().getKey();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0;
        return Optional.of(new Verdict(top, 1 - runnerUp, sample.length(), scores.keySet()));
    }

    /**
     * What Lingua found in a sample.
     *
     * @param top         the most likely language
     * @param lead        how far it is ahead of the runner-up: 0 a tie, 1 no other candidate
     * @param sampleChars characters of the sample scored
     * @param candidates  every language Lingua's script rules left as possible
     */
    record Verdict(Language top, double lead, int sampleChars, Set<Language> candidates) {
        Verdict {
            candidates = Set.copyOf(candidates);
        }
    }
}
