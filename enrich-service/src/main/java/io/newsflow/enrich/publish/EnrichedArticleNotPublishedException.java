package io.newsflow.enrich.publish;

import io.newsflow.enrich.pipeline.RetryableEnrichmentException;

/** The broker did not acknowledge an enriched record in time; the raw record will be retried. */
public class EnrichedArticleNotPublishedException extends RetryableEnrichmentException {
    private static final long serialVersionUID = 1L;

    public EnrichedArticleNotPublishedException(String articleId, Throwable cause) {
        super("Enriched article " + articleId + " was not acknowledged by Kafka within the publish timeout"
                + " (newsflow.enrich.publish-timeout); the raw record will be retried. Cause: " + cause, cause);
    }
}
