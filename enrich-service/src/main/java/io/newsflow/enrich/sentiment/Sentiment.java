package io.newsflow.enrich.sentiment;

/**
 * How a text treats what it talks about: a sentence as a whole ({@link SentimentAnalyzer#sentence}), one mention in
 * a sentence (target-dependent sentiment, as annotated in NewsMTSC: is the person or organisation presented
 * negatively, neutrally or positively; {@link SentimentAnalyzer#target}), or an entity over all its mentions
 * ({@link SentimentAnalyzer#aggregate}).
 *
 * @param label    the most probable class
 * @param negative probability of negative
 * @param neutral  probability of neutral
 * @param positive probability of positive (the three sum to 1)
 */
public record Sentiment(SentimentLabel label, double negative, double neutral, double positive) {
    /** No evidence either way: certainly neutral. */
    public static final Sentiment NONE = of(0, 1, 0);

    /** The sentiment with these probabilities, labelled with the most probable class. */
    public static Sentiment of(double negative, double neutral, double positive) {
        return new Sentiment(SentimentLabel.argmax(negative, neutral, positive), negative, neutral, positive);
    }

    /** {@code positive − negative}, in [−1, 1]. */
    public double score() {
        return positive - negative;
    }
}
