package io.newsflow.enrich.publish;

/** The broker did not acknowledge an enriched record in time; the raw record will be retried. */
public class EnrichedArticleNotPublishedException extends RuntimeException {
    public EnrichedArticleNotPublishedException(String articleId, Throwable cause) {
        super("Enriched article " + articleId + " was not acknowledged by Kafka within the publish timeout"
                + " (newsflow.enrich.publish-timeout); the raw record will be retried. Cause: " + cause, cause);
    }
}
