package io.newsflow.ingest.feeds.poll;

import java.time.Duration;

/**
 * A poll that did not get through the feed; the feed backs off and tries again. {@code reason} is
 * machine-readable (the {@code reason} tag of {@code newsflow.ingest.feed.poll.failures}).
 */
public class PollFailedException extends RuntimeException {
    private final String reason;
    private final Duration retryAfter;

    /** @param retryAfter the wait the server asked for (Retry-After), or null */
    public PollFailedException(String reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public PollFailedException(String reason, String message) {
        this(reason, message, null, null);
    }

    public String reason() {
        return reason;
    }

    /** The wait the server asked for; null when it asked for none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
