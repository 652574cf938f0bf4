package io.newsflow.ingest.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what became of pushed articles, one increment per article (a batch line counts as one):
 * {@code newsflow.ingest.articles.accepted}, {@code newsflow.ingest.articles.duplicate} (already in the raw
 * topic, answered with the original record and not written again), {@code newsflow.ingest.articles.rejected}
 * (tag {@code reason}; every refusal of a push counts, including a request refused before its article was
 * read: a bad query parameter or header, a body that stopped arriving) and {@code newsflow.ingest.articles.unavailable} (Kafka did not acknowledge in time).
 */
@Component
public class IngestMetrics {
    static final String ACCEPTED = "newsflow.ingest.articles.accepted";
    static final String DUPLICATE = "newsflow.ingest.articles.duplicate";
    static final String REJECTED = "newsflow.ingest.articles.rejected";
    static final String UNAVAILABLE = "newsflow.ingest.articles.unavailable";

    /** Reasons for {@link #REJECTED}; a fixed set, so the tag cannot explode the number of series. */
    enum RejectionReason {
        INVALID_ARTICLE("invalid-article"),
        TOO_LARGE("too-large"),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
        /**
         * The request itself is unreadable: a Content-Type header that is no media type or names a charset nobody
         * knows, a query parameter of the wrong type or missing.
         */
        INVALID_REQUEST("invalid-request"),
        /** The body stopped arriving before it was complete (408); one per request, batch or not. */
        REQUEST_TIMEOUT("request-timeout"),
        /** A page to fetch (fetchPage=true) on a host or address that may not be fetched from. */
        URL_NOT_ALLOWED("url-not-allowed"),
        /** A page to fetch (fetchPage=true) that could not be fetched: error status, timeout, too large. */
        PAGE_FETCH_FAILED("page-fetch-failed");

        private final String tag;

        RejectionReason(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter unavailable;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder(ACCEPTED).description("Articles Kafka acknowledged").register(registry);
        this.duplicates = Counter.builder(DUPLICATE)
                .description("Articles whose version was already in the raw topic: answered 200 with the original "
                        + "record, not written again")
                .register(registry);
        this.unavailable = Counter.builder(UNAVAILABLE)
                .description("Articles answered 503 because Kafka did not acknowledge them in time")
                .register(registry);
    }

    void accepted(int articles) {
        accepted.increment(articles);
    }

    void duplicates(int articles) {
        duplicates.increment(articles);
    }

    void unavailable(int articles) {
        unavailable.increment(articles);
    }

    void rejected(RejectionReason reason) {
        Counter.builder(REJECTED).description("Articles refused before publishing, by reason")
                .tag("reason", reason.tag).register(registry).increment();
    }
}
