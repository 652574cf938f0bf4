package io.newsflow.ingest.publish;

/**
 * What became of one article handed to {@link RawArticlePublisher}: in Kafka (written now, or already there), or
 * not known to be in Kafka (then {@code failure} says why).
 */
public record PublishOutcome(PublishedArticle published, String failure) {

    public static PublishOutcome published(PublishedArticle published) {
        return new PublishOutcome(published, null);
    }

    public static PublishOutcome failed(String failure) {
        return new PublishOutcome(null, failure);
    }

    public boolean isPublished() {
        return published != null;
    }

    /** In Kafka from before: nothing was written for it this time. */
    public boolean isDuplicate() {
        return published != null && published.duplicate();
    }
}
