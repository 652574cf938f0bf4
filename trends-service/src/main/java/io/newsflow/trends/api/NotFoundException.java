package io.newsflow.trends.api;

/** The story or entity asked for is not (or no longer) counted. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
