package io.newsflow.enrich.pipeline;

/**
 * The article cannot be enriched however often it is retried: it has no text to work on. Callers should not
 * retry it but set it aside (enrich-service sends it to the dead-letter topic); the message says what the
 * upstream item lacks.
 */
public class UnprocessableArticleException extends PermanentEnrichmentException {
    private static final long serialVersionUID = 1L;

    private final String articleId;

    public UnprocessableArticleException(String articleId, String reason) {
        super("Article '" + articleId + "' cannot be enriched: " + reason);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
