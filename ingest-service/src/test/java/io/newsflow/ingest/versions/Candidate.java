package io.newsflow.ingest.versions;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.PubStatus;

import java.time.Instant;
import java.util.List;

/** An article version a feed offers, built up in tests only as far as the publish rules look at it. */
record Candidate(String id, String version, String versionCreated, String pubStatus, String contentHash) {

    static Candidate article(String id) {
        return new Candidate(id, "1", "2026-03-02T08:00:00Z", PubStatus.USABLE, "content-1");
    }

    Candidate version(String newVersion) {
        return new Candidate(id, newVersion, versionCreated, pubStatus, contentHash);
    }

    Candidate versionCreated(String newVersionCreated) {
        return new Candidate(id, version, newVersionCreated, pubStatus, contentHash);
    }

    Candidate pubStatus(String newPubStatus) {
        return new Candidate(id, version, versionCreated, newPubStatus, contentHash);
    }

    Candidate content(String newContentHash) {
        return new Candidate(id, version, versionCreated, pubStatus, newContentHash);
    }

    RawArticleEvent event() {
        NinjsItem item = new NinjsItem("urn:newsflow:test:" + id, "text", version, null, versionCreated, null,
                pubStatus, "en", List.of(), List.of(), null, null, null, null, null, null, null);
        return new RawArticleEvent(id, item, new SourceInfo("harbour-wire", "Harbour Wire", null),
                Instant.parse("2026-03-02T08:00:05Z"), contentHash);
    }

    /** What the state holds after this version was published from the feed, at {@code offset} of raw partition 0. */
    PublishedVersion publishedFrom(String feedId, long offset) {
        return PublishedVersion.of(event(), feedId, "newsflow.articles.raw.v1", 0, offset,
                Instant.parse("2026-03-02T08:00:06Z"));
    }

    PublishedVersion publishedFrom(String feedId) {
        return publishedFrom(feedId, 0);
    }
}
