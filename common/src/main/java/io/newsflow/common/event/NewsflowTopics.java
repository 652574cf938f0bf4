package io.newsflow.common.event;

/**
 * Default Kafka topic names, the one place they are defined. Every topic is keyed by article id, so all
 * versions of one article land on one partition and are read in order.
 */
public final class NewsflowTopics {
    /** {@link RawArticleEvent}s, written by ingest-service, read by enrich-service. */
    public static final String RAW_ARTICLES = "newsflow.articles.raw.v1";
    /** {@link EnrichedArticleEvent}s, written by enrich-service, read by dashboards. */
    public static final String ENRICHED_ARTICLES = "newsflow.articles.enriched.v1";
    /** Raw records enrich-service could not process, with the failure in {@code kafka_dlt-*} headers. */
    public static final String DEAD_LETTER = "newsflow.articles.raw.v1.dlt";
    /**
     * ingest-service's own compacted topic: the last version published for each article id from a feed, and
     * (through its consumer group) which replica polls which feed. Not an event stream for other readers.
     */
    public static final String FEED_STATE = "newsflow.ingest.feed-state.v1";

    /**
     * enrich-service's own compacted topic: which article versions (enriched {@code ce_id} and pubStatus) have
     * been enriched, written in the same Kafka transaction as the enriched record, so that a replayed or
     * resent version is not enriched twice. Partition p records what was read from partition p of the raw
     * topic. Not an event stream for other readers.
     */
    public static final String ENRICH_PROCESSED = "newsflow.enrich.processed.v1";

    private NewsflowTopics() {
    }
}
