package io.newsflow.common.event;

import io.newsflow.common.ninjs.NinjsItem;

import java.time.Instant;

/**
 * The raw event with its ninjs item filled in (people, organisations, places) and the enrichment block
 * holding everything ninjs has no place for.
 */
public record EnrichedArticleEvent(String id, NinjsItem ninjs, SourceInfo source, Instant receivedAt,
                                   String contentHash, Enrichment enrichment) {

    public static EnrichedArticleEvent of(RawArticleEvent raw, NinjsItem enrichedNinjs, Enrichment enrichment) {
        return new EnrichedArticleEvent(raw.id(), enrichedNinjs, raw.source(), raw.receivedAt(),
                raw.contentHash(), enrichment);
    }
}
