package io.newsflow.ingest.web.html;

import java.time.Instant;

/** What one source on a page (JSON-LD, meta tags, the visible page) says about the article; nulls where silent. */
record ArticleMetadata(String headline, String byline, Instant published, String language, String canonicalUrl) {
    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);

    /** Each field from this source, or from {@code fallback} where this one is silent. */
    ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                headline != null ? headline : fallback.headline,
                byline != null ? byline : fallback.byline,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language,
                canonicalUrl != null ? canonicalUrl : fallback.canonicalUrl);
    }
}
