package io.newsflow.common.article;

/**
 * How an article is known.
 *
 * @param id         {@code <sourceId>:<upstream id>}; the Kafka key, shared by every version of the article
 * @param upstreamId the upstream uri/guid, else the canonical URL, else {@code sha256:<content hash>}
 * @param ninjsUri   the ninjs {@code uri}: the upstream id when it is an absolute URI, else a newsflow URN
 */
public record ArticleIdentity(String id, String upstreamId, String ninjsUri) {
}
