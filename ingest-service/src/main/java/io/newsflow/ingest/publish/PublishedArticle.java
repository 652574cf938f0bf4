package io.newsflow.ingest.publish;

/**
 * An article version Kafka has acknowledged on all in-sync replicas; also the body of a 202 response.
 *
 * @param id        the article id, which is the record key
 * @param version   the article version
 * @param topic     the topic it was written to
 * @param partition its partition
 * @param offset    its offset in that partition
 */
public record PublishedArticle(String id, String version, String topic, int partition, long offset) {
}
