package io.newsflow.ingest.feeds.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * A fetch that produced no usable answer; {@code reason} is machine-readable (a metric tag): e.g.
 * {@code timeout}, {@code connect}, {@code http-5xx}, {@code http-4xx}, {@code too-large},
 * {@code decompression-bomb}, {@code too-many-redirects}, {@code address-not-allowed}.
 * A server that answered 429 or 503 with {@code Retry-After} asked to be left alone for a while:
 * {@link #retryAfter()} says how long, and a poller should wait at least that before the next attempt.
 */
public class FetchException extends RuntimeException {
    private final String reason;
    private final Duration retryAfter;

    public FetchException(String reason, String message) {
        this(reason, message, (Duration) null);
    }

    public FetchException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = null;
    }

    /** @param retryAfter what the server's {@code Retry-After} asked for; null when it sent none */
    public FetchException(String reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public String reason() {
        return reason;
    }

    /** The wait the server asked for with {@code Retry-After} (never negative), or empty. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
