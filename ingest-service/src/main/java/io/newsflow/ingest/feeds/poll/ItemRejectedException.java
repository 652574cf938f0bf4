package io.newsflow.ingest.feeds.poll;

/** One feed item that cannot become an article; counted with its reason, the rest of the feed goes on. */
class ItemRejectedException extends RuntimeException {
    private final String reason;

    ItemRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
