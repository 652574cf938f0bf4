package io.newsflow.enrich.topics;

/**
 * A topic the model can output.
 *
 * @param qcode       e.g. {@code medtop:11000000}
 * @param label       English label from the IPTC taxonomy
 * @param parentQcode the level-1 topic of a level-2 topic, {@code null} for a level-1 topic
 */
public record TopicLabel(String qcode, String label, String parentQcode) {
}
