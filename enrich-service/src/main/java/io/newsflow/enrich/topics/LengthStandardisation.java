package io.newsflow.enrich.topics;

/**
 * Re-expresses a taxonomy-trained model's raw score as standard deviations above the scores of news articles of
 * about the same length, minus an offset. A model trained on taxonomy definitions alone scores news on a scale
 * of its own, and that scale moves with length: a headline and one sentence (few features, each weighing much
 * after unit-length scaling) spreads far wider than a 500-word article. Lengths are bucketed by the number of
 * distinct features, in powers of two.
 *
 * @param centres    mean raw score of the news training texts in each length bucket
 * @param deviations standard deviation of those scores in each bucket
 * @param offset     how many deviations above ordinary news the score must stand for probability one half
 */
public record LengthStandardisation(float[] centres, float[] deviations, float offset) {
    public static final int BUCKETS = 8;

    public static int bucket(int distinctFeatures) {
        int log = 31 - Integer.numberOfLeadingZeros(Math.max(distinctFeatures, 1));
        return Math.min(Math.max(log - 2, 0), BUCKETS - 1);
    }

    double standardise(double score, int distinctFeatures) {
        int b = bucket(distinctFeatures);
        return (score - centres[b]) / deviations[b] - offset;
    }
}
