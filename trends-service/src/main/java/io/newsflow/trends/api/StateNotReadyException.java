package io.newsflow.trends.api;

/** The state stores are being (re)built after a start or rebalance, or the instance that owns a key is unknown. */
public class StateNotReadyException extends RuntimeException {
    public StateNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
