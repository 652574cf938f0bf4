package io.newsflow.ingest.feeds.format;

import java.util.List;

/** What a feed document held: the items that could be read, and the ones left out with their reason. */
public record FeedParseResult(List<FeedEntry> entries, List<RejectedEntry> rejected) {
    public FeedParseResult {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }
}
