package io.newsflow.trends.trend;

/** What a trend counts articles by. */
public enum Dimension {
    /** an entity, by its cross-article key */
    ENTITY,
    /** an IPTC Media Topic, by QCode */
    TOPIC,
    /** a LOCATION entity, by its entity key */
    PLACE
}
