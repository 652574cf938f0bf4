package io.newsflow.localrun;

/** The command line cannot be understood; the message says which option and what it expects. */
public class InvalidOptionsException extends Exception {
    public InvalidOptionsException(String message) {
        super(message);
    }
}
