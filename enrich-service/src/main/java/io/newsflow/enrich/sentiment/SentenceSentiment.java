package io.newsflow.enrich.sentiment;

/**
 * How one sentence treats what it talks about.
 *
 * @param score    {@code positive − negative}, in [−1, 1]
 * @param label    the most probable class: {@code negative}, {@code neutral} or {@code positive}
 * @param negative probability of negative
 * @param neutral  probability of neutral
 * @param positive probability of positive (the three sum to 1)
 */
public record SentenceSentiment(double score, String label, double negative, double neutral, double positive) {
}
