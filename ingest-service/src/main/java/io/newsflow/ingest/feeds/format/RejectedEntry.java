package io.newsflow.ingest.feeds.format;

/**
 * An item left out of a feed, with a machine-readable reason (used as a metric tag) and a detail for logs.
 *
 * @param reason e.g. {@code missing-headline}, {@code missing-text}, {@code too-large}, {@code invalid-ninjs}
 * @param itemRef the item's guid, link or position ("item 7"), to find it in the feed
 */
public record RejectedEntry(String reason, String itemRef, String detail) {
}
