package io.newsflow.ingest.feeds.format;

/** The formats a configured feed can have; {@link #AUTO} detects RSS, Atom, ninjs or NewsML-G2 from the content. */
public enum FeedFormat {
    AUTO, RSS, ATOM, NINJS, NEWSML_G2, HTML
}
