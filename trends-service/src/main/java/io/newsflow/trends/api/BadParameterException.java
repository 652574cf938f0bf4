package io.newsflow.trends.api;

/** A query parameter the API cannot use; answered as {@code urn:newsflow:problem:invalid-parameter}. */
public class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
