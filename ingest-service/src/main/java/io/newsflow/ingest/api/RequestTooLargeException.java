package io.newsflow.ingest.api;

/**
 * A request over one of the configured limits; it is refused before the rest of it is read.
 *
 * @see io.newsflow.ingest.config.IngestProperties.Limits
 */
class RequestTooLargeException extends RuntimeException {
    private final String limitProperty;
    private final long limit;

    /**
     * @param limitProperty the configuration property holding the limit, so operators know what to raise
     * @param limit         the limit, in the unit the message names
     */
    RequestTooLargeException(String message, String limitProperty, long limit) {
        super(message);
        this.limitProperty = limitProperty;
        this.limit = limit;
    }

    static RequestTooLargeException bytes(String what, String limitProperty, long maxBytes) {
        return new RequestTooLargeException(what + " is larger than " + maxBytes + " bytes; split it into smaller "
                + "requests", limitProperty, maxBytes);
    }

    String limitProperty() {
        return limitProperty;
    }

    long limit() {
        return limit;
    }
}
