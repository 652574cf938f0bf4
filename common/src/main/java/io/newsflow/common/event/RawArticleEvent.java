package io.newsflow.common.event;

import io.newsflow.common.ninjs.NinjsItem;

import java.time.Instant;

/**
 * What ingest-service publishes for every accepted article version.
 *
 * @param id          the article id, {@code <sourceId>:<upstream id>}; also the Kafka key
 * @param ninjs       the article as an IPTC ninjs 3.1 item
 * @param source      the configured source it came through
 * @param receivedAt  when ingest-service accepted it
 * @param contentHash SHA-256 (hex) of the headline and body, to tell a real update from a resend
 */
public record RawArticleEvent(String id, NinjsItem ninjs, SourceInfo source, Instant receivedAt,
                              String contentHash) {
}
