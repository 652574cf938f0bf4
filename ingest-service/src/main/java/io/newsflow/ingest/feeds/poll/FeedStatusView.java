package io.newsflow.ingest.feeds.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.feeds.format.FeedFormat;

import java.time.Instant;
import java.util.Map;

/**
 * One feed as {@code GET /api/v1/feeds} shows it. Counts are this replica's since it started; with several
 * replicas, ask each one or sum the metrics.
 *
 * @param url                 the feed's address without query or user info, which may hold keys
 * @param ownedByThisReplica  true when this replica polls the feed; only then do the poll fields say anything
 * @param healthy             false once the feed has failed for longer than {@code unhealthy-after}
 * @param lastOutcome         changed, not-modified, unchanged or failed
 * @param failingSince        the first of the failures in a row; null while the feed answers
 * @param itemsPublished      new + updates + retractions that Kafka acknowledged
 * @param duplicatesSkipped   items already published with the same version and content
 * @param staleSkipped        items older than what was already published
 * @param rejectedByReason    items left out, by reason
 * @param repairedByReason    items published after a fix, by reason (e.g. unparseable-date)
 * @param pollFailuresByReason failed polls, by reason
 * @param linkedPagesByOutcome linked pages fetched for summary-only items: extracted, or why not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatusView(String id, String name, String url, FeedFormat format, boolean enabled,
                             boolean ownedByThisReplica, boolean healthy, Instant lastPoll, String lastOutcome,
                             Instant lastSuccess, FeedStatus.LastError lastError, Instant failingSince,
                             int consecutiveFailures, Instant nextPoll, long itemsSeen, long itemsPublished,
                             long newItems, long updates, long retractions, long duplicatesSkipped,
                             long staleSkipped, Map<String, Long> rejectedByReason,
                             Map<String, Long> repairedByReason, Map<String, Long> pollFailuresByReason,
                             Map<String, Long> linkedPagesByOutcome) {
}
