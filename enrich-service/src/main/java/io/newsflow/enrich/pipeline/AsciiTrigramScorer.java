package io.newsflow.enrich.pipeline;

import com.github.pemistahl.lingua.api.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lingua's low-accuracy verdict on text whose letters are all ASCII, computed from Lingua's own n-gram models but
 * with one array read per trigram and language instead of one hash look-up, and without Lingua's thread hand-off.
 * Most wire copy in English is such text after Lingua's clean-up (lower case, punctuation and digits removed), and
 * Lingua's look-ups were the language stage's whole cost, about a tenth of the NER stage's on short articles.
 *
 * <p>For such text Lingua's rules settle nothing: no rule character of any language is ASCII, so every word is of
 * unknown language and the candidates are the languages written in the Latin alphabet ({@link #LATIN_SCRIPT}).
 * Each of those scores the sum of the log-probabilities of the text's distinct letter trigrams, a trigram the
 * language's model lacks counting with its first two letters, or its first letter, instead; a language whose
 * sum is below 0 is a candidate, and a candidate's confidence is the best sum divided by its own. Sums are taken
 * in single precision and in the order Lingua takes them (its hash set of trigrams), so the confidences are
 * the same numbers Lingua gives; {@code AsciiTrigramScorerTest} checks that on news text. Any other text is left
 * to Lingua. Immutable and thread-safe.
 */
final class AsciiTrigramScorer {
    /** The candidates among {@link LanguageIdentifier#LANGUAGES} that Lingua writes in the Latin alphabet. */
    static final List<Language> LATIN_SCRIPT = List.of(Language.ENGLISH, Language.GERMAN, Language.FRENCH,
            Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH,
            Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.POLISH, Language.CZECH, Language.TURKISH);

    private static final int LETTERS = 26;
    /** Marks an n-gram a language's model lacks; a probability's logarithm is never NaN. */
    private static final float ABSENT = Float.NaN;
    // Lingua's clean-up, with the same expressions
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Pattern NUMBERS = Pattern.compile("\\p{N}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final int languages = LATIN_SCRIPT.size();
    /** ln(probability) by n-gram and language: [n-gram index × languages + language], n-grams of a–z only. */
    private final float[] trigrams;
    private final float[] bigrams;
    private final float[] unigrams;

    private AsciiTrigramScorer(float[] trigrams, float[] bigrams, float[] unigrams) {
        this.trigrams = trigrams;
        this.bigrams = bigrams;
        this.unigrams = unigrams;
    }

    /** Reads the letter n-grams of {@link #LATIN_SCRIPT} from the models in Lingua's jar. */
    static AsciiTrigramScorer loadFromLingua() {
        JsonMapper json = JsonMapper.builder().build();
        int count = LATIN_SCRIPT.size();
        float[] trigrams = absent(LETTERS * LETTERS * LETTERS * count);
        float[] bigrams = absent(LETTERS * LETTERS * count);
        float[] unigrams = absent(LETTERS * count);
        for (int language = 0; language < count; language++) {
            String code = LATIN_SCRIPT.get(language).getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            readModel(json, code, "trigrams", trigrams, language, count);
            readModel(json, code, "bigrams", bigrams, language, count);
            readModel(json, code, "unigrams", unigrams, language, count);
        }
        return new AsciiTrigramScorer(trigrams, bigrams, unigrams);
    }

    private static float[] absent(int length) {
        float[] values = new float[length];
        Arrays.fill(values, ABSENT);
        return values;
    }

    /**
     * A model file maps each relative frequency, written as a fraction, to the n-grams that have it. Lingua reads
     * the fraction as a float numerator over an int denominator; the same division gives the same float here.
     */
    private static void readModel(JsonMapper json, String code, String kind, float[] into, int language, int count) {
        String resource = "/language-models/" + code + "/" + kind + ".json";
        try (InputStream in = AsciiTrigramScorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lingua's language model " + resource + " is not on the classpath; "
                        + "the lingua jar on the classpath is not the version " + LanguageIdentifier.MODEL_VERSION
                        + " names");
            }
            for (Map.Entry<String, JsonNode> frequency : json.readTree(in).get("ngrams").properties()) {
                String[] fraction = frequency.getKey().split("/");
                float probability = Float.parseFloat(fraction[0]) / Integer.parseInt(fraction[1]);
                float logarithm = (float) Math.log(probability);
                for (String ngram : frequency.getValue().asString().split(" ")) {
                    int index = index(ngram, 0, ngram.length());
                    if (index >= 0) {
                        into[index * count + language] = logarithm;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Lingua's language model " + resource, e);
        }
    }

    /** The n-gram's index among those of its length made of a–z, or −1 when it has another character. */
    private static int index(CharSequence text, int from, int to) {
        int index = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return -1;
            }
            index = index * LETTERS + (c - 'a');
        }
        return index;
    }

    /**
     * @return Lingua's confidence for each candidate language, highest first (ties in Lingua's language order);
     *         empty when the text is not for this scorer and Lingua must judge it
     */
    Optional<Map<Language, Double>> confidences(String text) {
        String cleaned = cleanUp(text);
        if (!isAsciiLetterText(cleaned)) {
            return Optional.empty();
        }
        // the distinct letter trigrams, iterated in the order of Lingua's own hash set of them
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i + 3 <= cleaned.length(); i++) {
            if (index(cleaned, i, i + 3) >= 0) {
                distinct.add(cleaned.substring(i, i + 3));
            }
        }
        float[] sums = new float[languages];
        for (String trigram : distinct) {
            int tri = index(trigram, 0, 3) * languages;
            int bi = index(trigram, 0, 2) * languages;
            int uni = index(trigram, 0, 1) * languages;
            for (int language = 0; language < languages; language++) {
                float logarithm = trigrams[tri + language];
                if (Float.isNaN(logarithm)) {
                    logarithm = bigrams[bi + language];
                }
                if (Float.isNaN(logarithm)) {
                    logarithm = unigrams[uni + language];
                }
                if (!Float.isNaN(logarithm)) {
                    sums[language] += logarithm;
                }
            }
        }
        return Optional.of(rank(sums));
    }

    private Map<Language, Double> rank(float[] sums) {
        List<Integer> candidates = new ArrayList<>();
        float best = 0;
        for (int language = 0; language < languages; language++) {
            if (sums[language] < 0) {
                if (candidates.isEmpty() || sums[language] > best) {
                    best = sums[language];
                }
                candidates.add(language);
            }
        }
        float highest = best;
        candidates.sort(Comparator.comparingDouble((Integer language) -> -(double) (highest / sums[language]))
                .thenComparing(language -> LATIN_SCRIPT.get(language)));
        Map<Language, Double> ranked = new LinkedHashMap<>();
        for (int language : candidates) {
            ranked.put(LATIN_SCRIPT.get(language), (double) (highest / sums[language]));
        }
        return ranked;
    }

    /** Lingua's clean-up: trimmed, lower case, without punctuation or digits, runs of white space as one space. */
    private static String cleanUp(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isKotlinWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isKotlinWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        String withoutPunctuation = PUNCTUATION.matcher(lower).replaceAll("");
        return WHITESPACE.matcher(NUMBERS.matcher(withoutPunctuation).replaceAll("")).replaceAll(" ");
    }

    /** What Kotlin's {@code trim()}, which Lingua calls, counts as white space. */
    private static boolean isKotlinWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Text for this scorer: every letter a–z, every other character a space or a printable ASCII symbol such as
     * '$' (which no rule of Lingua's reads), and at least one word of letters only, so that Lingua finds the Latin
     * alphabet and no other; a text of symbols alone would leave Lingua every language.
     */
    private static boolean isAsciiLetterText(String cleaned) {
        if (cleaned.length() < 3) {
            return false;
        }
        boolean letterWord = false;
        boolean wordSoFarLetters = true;
        int wordLength = 0;
        for (int i = 0; i <= cleaned.length(); i++) {
            char c = i < cleaned.length() ? cleaned.charAt(i) : ' ';
            if (c == ' ') {
                letterWord |= wordLength > 0 && wordSoFarLetters;
                wordSoFarLetters = true;
                wordLength = 0;
            } else if (c >= 'a' && c <= 'z') {
                wordLength++;
            } else if (c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c)) {
                wordSoFarLetters = false;
                wordLength++;
            } else {
                return false;
            }
        }
        return letterWord;
    }
}
