package io.newsflow.enrich.sentiment;

/**
 * Receives what {@link SentimentFeatures} extracts: binary features named by a kind and a word (the feature
 * {@code kind:word}; kind and word apart so that inference looks them up without building the name), and
 * "lexicon slots" — a word
 * seen in one region around the target, negated or not. Training turns slots into lexicon-valence aggregates;
 * the shipped model has those aggregates folded into per-word weights, so inference never needs the lexicons.
 */
public interface FeatureSink {
    /** A binary feature; the same one added twice still counts once. @param kind never contains ':' */
    void add(String kind, String word);

    /** The binary feature {@code kind:first_second} (a bigram), which inference looks up without joining. */
    default void add(String kind, String first, String second) {
        add(kind, first + "_" + second);
    }

    /** The sentence-word feature {@code s:word}; inference remembers the words it has looked up. */
    default void unigram(String word) {
        add(SentimentFeatures.UNIGRAM, word);
    }

    /** @param slot {@link SentimentFeatures#slot(int, boolean)} of the region and negation the word is in */
    void lexicon(int slot, String word);
}
