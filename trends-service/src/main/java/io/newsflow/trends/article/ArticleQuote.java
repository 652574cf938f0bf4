package io.newsflow.trends.article;

/**
 * One direct quotation of an article whose speaker the article names (event-level {@code enrichment.quotes[]}).
 * A quotation without a named speaker has no entity page to appear on, so it is not read.
 *
 * @param speakerKey  the speaker entity's key as trends-service counts it ({@link EntityKeys}), the entity page's key
 * @param speakerName the speaker's canonical name in this article
 * @param text        the quoted words, without the outer quotation marks
 */
public record ArticleQuote(String speakerKey, String speakerName, String text) {
}
