package io.newsflow.ingest.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts refused requests: {@code newsflow.ingest.auth.rejected}, tagged {@code reason} and {@code key} (the
 * key's id, or {@code none} when the request named no key we know — a made-up key must not become a tag
 * value, or anyone could add series at will).
 */
final class AuthMetrics {
    static final String REJECTED = "newsflow.ingest.auth.rejected";
    static final String NO_KEY = "none";

    /** Why a request was refused; a fixed set of tag values. */
    enum Reason {
        MISSING_KEY("missing-key"),
        UNKNOWN_KEY("unknown-key"),
        RATE_LIMITED("rate-limited");

        final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;

    AuthMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void rejected(Reason reason, String keyId) {
        Counter.builder(REJECTED).description("Push API requests refused before reaching the API, by reason")
                .tag("reason", reason.tag).tag("key", keyId).register(registry).increment();
    }
}
