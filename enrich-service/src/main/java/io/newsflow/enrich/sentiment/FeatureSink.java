package io.newsflow.enrich.sentiment;

/**
 * Receives what {@link SentimentFeatures} extracts: named features with a value, and "lexicon slots" — a word
 * seen in one region around the target, negated or not. Training turns slots into lexicon-valence aggregates;
 * the shipped model has those aggregates folded into per-word weights, so inference never needs the lexicons.
 */
interface FeatureSink {
    void add(String feature, double value);

    /** @param slot {@link SentimentFeatures#slot(int, boolean)} of the region and negation the word is in */
    void lexicon(int slot, String word);
}
