package io.newsflow.trends.stream;

import io.newsflow.trends.article.EnrichedArticle;

/**
 * An article's counted version changed: {@code previous} (null for a new article) stops counting, {@code current}
 * (a retraction counts nothing) starts.
 */
public record ArticleChange(EnrichedArticle previous, EnrichedArticle current) {
}
