package io.newsflow.enrich.publish;

/**
 * The enriched event is larger than the producer may send ({@code max.request.size}); the raw record is
 * dead-lettered rather than failing its whole batch's transaction again and again.
 */
public class EnrichedEventTooLargeException extends RuntimeException {
    public EnrichedEventTooLargeException(String articleId, int bytes, int limit) {
        super("Enriched article " + articleId + " is " + bytes + " bytes, more than the producer's "
                + "max.request.size of " + limit + " bytes (spring.kafka.producer.properties.max.request.size)");
    }
}
