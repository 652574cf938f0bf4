package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into the terms the topic model counts: lower-cased words of letters (digits allowed inside a word,
 * pure numbers dropped), English function words dropped, a plural "s" folded, plus the bigrams of neighbouring
 * kept words. Hand-written rather than a general tokenizer because it runs on every article in well under a
 * millisecond and must behave identically at training and at classification time.
 */
public final class TopicTokenizer {
    /** Joins the two words of a bigram; cannot occur inside a word. */
    static final char BIGRAM_JOINER = '_';
    private static final int MIN_WORD_LENGTH = 2;
    private static final int MAX_WORD_LENGTH = 30;

    /** Words that say nothing about a topic; dropped so that bigrams join the content words around them. */
    private static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
            "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "said", "says", "say", "mr", "mrs", "ms", "one", "two", "would", "may", "might", "must", "shall",
            "us", "www", "com", "http", "https", "ll", "ve", "re", "don", "didn", "doesn", "isn", "wasn",
            "won", "etc", "ie", "eg", "per", "via", "yet", "however", "many", "much", "every", "either",
            "neither", "another", "among", "within", "without", "upon", "usually", "often", "including",
            "well", "like", "whether", "although", "though", "since", "around", "across"));

    /** @return the words of {@code text} in order, as counted terms (no bigrams) */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(MAX_WORD_LENGTH);
        boolean hasLetter = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (word.length() < MAX_WORD_LENGTH) {
                    word.append(Character.toLowerCase(c));
                }
                hasLetter |= Character.isLetter(c);
            } else if (word.length() > 0) {
                if (hasLetter && word.length() >= MIN_WORD_LENGTH) {
                    String term = word.toString();
                    if (!STOPWORDS.contains(term)) {
                        words.add(singular(term));
                    }
                }
                word.setLength(0);
                hasLetter = false;
            }
        }
        return words;
    }

    /**
     * Whether {@link #words} would keep at least one word of {@code text} (a word with a letter, of two
     * characters or more, not a function word), without building them: asked once per word of every article.
     *
     * @param text lower-case text
     */
    boolean keepsAWord(String text) {
        int start = 0;
        boolean hasLetter = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hasLetter |= Character.isLetter(c);
            } else {
                if (hasLetter && i - start >= MIN_WORD_LENGTH && !STOPWORDS.contains(text.substring(start, i))) {
                    return true;
                }
                start = i + 1;
                hasLetter = false;
            }
        }
        return false;
    }

    /** @return the words of {@code text} followed by the bigrams of neighbouring words */
    public List<String> terms(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size() * 2);
        terms.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + BIGRAM_JOINER + words.get(i));
        }
        return terms;
    }

    /**
     * Folds the commonest English inflections onto one stem so that a taxonomy definition's "arrest" meets an
     * article's "arrested" and "earthquakes" meets "earthquake": a final -ing, -ed, -es, -s or -e goes (charge,
     * charged, charges, charging all become "charg"). Crude on purpose: it only has to map the forms of one word
     * to the same key, and it is applied to training and classified text alike. Words ending in -ss, -us, -is
     * (business, virus, crisis) and short words are kept whole.
     */
    static String singular(String word) {
        int n = word.length();
        if (n <= 4) {
            return word;
        }
        if (word.endsWith("ing") && n > 6) {
            return trimE(word.substring(0, n - 3));
        }
        if (word.endsWith("ied")) {
            return word.substring(0, n - 3) + 'y';
        }
        if (word.endsWith("ies")) {
            return word.substring(0, n - 3) + 'y';
        }
        if (word.endsWith("ed") && n > 5) {
            return trimE(word.substring(0, n - 2));
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("es")) {
            return trimE(word.substring(0, n - 1));
        }
        if (word.endsWith("s")) {
            return trimE(word.substring(0, n - 1));
        }
        return trimE(word);
    }

    private static String trimE(String stem) {
        return stem.length() > 4 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }
}
