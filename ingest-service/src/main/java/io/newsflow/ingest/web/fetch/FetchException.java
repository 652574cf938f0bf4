package io.newsflow.ingest.web.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * A fetch that produced no usable answer, and why ({@link FetchFailure}; {@link #reason()} is its tag, e.g.
 * {@code timeout}, {@code http-5xx} or {@code address-not-allowed}).
 * A server that answered 429 or 503 with {@code Retry-After} asked to be left alone for a while:
 * {@link #retryAfter()} says how long, and a poller should wait at least that before the next attempt.
 */
public class FetchException extends RuntimeException {
    private final FetchFailure failure;
    private final Duration retryAfter;

    public FetchException(FetchFailure failure, String message) {
        this(failure, message, (Duration) null);
    }

    public FetchException(FetchFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.retryAfter = null;
    }

    /** @param retryAfter what the server's {@code Retry-After} asked for; null when it sent none */
    public FetchException(FetchFailure failure, String message, Duration retryAfter) {
        super(message);
        this.failure = failure;
        this.retryAfter = retryAfter;
    }

    public FetchFailure failure() {
        return failure;
    }

    /** The failure's tag, as metrics and feed status show it. */
    public String reason() {
        return failure.tag();
    }

    /** The wait the server asked for with {@code Retry-After} (never negative), or empty. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
