package io.newsflow.ingest.versions;

/** What to do with an article version a feed offered, given what was already published for its id. */
public enum PublishDecision {
    /** never seen: publish */
    NEW,
    /** seen, and this is a newer version or changed content: publish as an update */
    UPDATE,
    /** seen, and now canceled or withheld (or withdrawn from the feed): publish the retraction */
    RETRACTION,
    /** this exact version and content was already published: skip */
    DUPLICATE,
    /** older than what was already published: skip */
    STALE
}
