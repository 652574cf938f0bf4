package io.newsflow.enrich.pipeline;

/**
 * A failure that says of itself that the same record may succeed on another attempt (the broker was slow, a
 * resource was briefly unavailable). enrich-service retries every failure that is not a
 * {@link PermanentEnrichmentException}; extending this class states it in the type.
 */
public abstract class RetryableEnrichmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RetryableEnrichmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
