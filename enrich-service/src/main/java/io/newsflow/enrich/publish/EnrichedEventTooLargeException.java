package io.newsflow.enrich.publish;

import io.newsflow.enrich.pipeline.PermanentEnrichmentException;

/**
 * The enriched event is larger than the producer may send ({@code max.request.size}); the raw record is
 * dead-lettered at once rather than failing its whole batch's transaction again and again.
 */
public class EnrichedEventTooLargeException extends PermanentEnrichmentException {
    private static final long serialVersionUID = 1L;

    public EnrichedEventTooLargeException(String articleId, int bytes, int limit) {
        super("Enriched article " + articleId + " is " + bytes + " bytes, more than the producer's "
                + "max.request.size of " + limit + " bytes (spring.kafka.producer.properties.max.request.size)");
    }
}
