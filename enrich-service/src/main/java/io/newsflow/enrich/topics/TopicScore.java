package io.newsflow.enrich.topics;

/**
 * One IPTC Media Topic assigned to an article.
 *
 * @param qcode       the Media Topic, e.g. {@code medtop:11000000}
 * @param label       its English label from the IPTC taxonomy, e.g. {@code politics}
 * @param level       1 for the 17 top-level topics, 2 for their children
 * @param parentQcode the level-1 topic above a level-2 topic; {@code null} for a level-1 topic
 * @param relevance   in [0, 1]: how central the topic is to this article compared with the other topics. For a
 *                    level-1 topic its probability divided by the sum of the probabilities of all 17 level-1
 *                    topics (so the level-1 relevances of an article sum to at most 1); for a level-2 topic the
 *                    parent's relevance times the topic's share of the probabilities of its siblings
 * @param confidence  in [0, 1]: the model's probability that the topic applies to the article, independently of
 *                    the other topics (one logistic regression per topic); for a level-2 topic the parent's
 *                    probability times the probability of the topic among its siblings
 */
public record TopicScore(String qcode, String label, int level, String parentQcode, double relevance,
                         double confidence) {
}
