package io.newsflow.ingest.feeds.format;

/** A feed document that cannot be read at all; {@code reason} is machine-readable (a metric tag). */
public class FeedFormatException extends RuntimeException {
    private final String reason;

    public FeedFormatException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedFormatException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
