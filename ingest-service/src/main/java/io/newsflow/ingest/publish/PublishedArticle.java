package io.newsflow.ingest.publish;

/**
 * An article version that is in the raw topic, acknowledged on all in-sync replicas; also the body of a 202 (written
 * now) or 200 (already there) response.
 *
 * @param id        the article id, which is the record key
 * @param version   the article version
 * @param topic     the topic it is in
 * @param partition its partition
 * @param offset    its offset in that partition
 * @param duplicate true when this exact version (same id, version, content hash and pubStatus) was already in the
 *                  topic and was not written again: the place is the original record's
 */
public record PublishedArticle(String id, String version, String topic, int partition, long offset,
                               boolean duplicate) {
}
