package io.newsflow.ingest.feeds.fetch;

/**
 * A fetch that produced no usable answer; {@code reason} is machine-readable (a metric tag): e.g.
 * {@code timeout}, {@code connect}, {@code http-5xx}, {@code http-4xx}, {@code too-large},
 * {@code decompression-bomb}, {@code too-many-redirects}, {@code address-not-allowed}.
 */
public class FetchException extends RuntimeException {
    private final String reason;

    public FetchException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FetchException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
