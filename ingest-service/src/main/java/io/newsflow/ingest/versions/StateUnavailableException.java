package io.newsflow.ingest.versions;

/**
 * The published versions could not be read up to date in time, so whether an article was already written is
 * not known. Nothing was published; the article may be sent again later.
 */
public class StateUnavailableException extends RuntimeException {

    StateUnavailableException(String reason) {
        super(reason);
    }

    StateUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
