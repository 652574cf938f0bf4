package io.newsflow.enrich.pipeline;

/**
 * An article that can never be enriched as it stands: processing the same record again will fail the same way, so
 * it is set aside at once (enrich-service sends it to the dead-letter topic) instead of being retried. Only the
 * failures that know this about themselves extend it; any other exception is retried first, so that a bug does not
 * pass for bad input.
 */
public abstract class PermanentEnrichmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PermanentEnrichmentException(String message) {
        super(message);
    }

    protected PermanentEnrichmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
