package io.newsflow.enrich.sentiment;

/**
 * How an article treats one entity over all its mentions ({@link SentimentAnalyzer#aggregate}).
 *
 * @param score    {@code positive − negative}, in [−1, 1]
 * @param label    the most probable class of the averaged probabilities
 * @param negative mean negative probability over the mentions
 * @param neutral  mean neutral probability over the mentions
 * @param positive mean positive probability over the mentions
 * @param mentions how many mentions were aggregated
 */
public record EntitySentiment(double score, String label, double negative, double neutral, double positive,
                              int mentions) {
}
