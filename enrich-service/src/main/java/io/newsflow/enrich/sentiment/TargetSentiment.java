package io.newsflow.enrich.sentiment;

/**
 * How one sentence treats one mention in it (target-dependent sentiment, as annotated in NewsMTSC: is the
 * person or organisation presented negatively, neutrally or positively).
 *
 * @param score    {@code positive − negative}, in [−1, 1]
 * @param label    the most probable class: {@code negative}, {@code neutral} or {@code positive}
 * @param negative probability of negative
 * @param neutral  probability of neutral
 * @param positive probability of positive (the three sum to 1)
 */
public record TargetSentiment(double score, String label, double negative, double neutral, double positive) {
}
