package io.newsflow.ingest.feeds.format;

import io.newsflow.ingest.web.html.ArticlePageExtractor;
import io.newsflow.ingest.web.html.ExtractedArticle;

import java.net.URI;
import java.util.List;

/**
 * Format HTML: a single article page of a publisher without a feed. It yields one item, identified by the
 * page's canonical address (else the address it was fetched from), or rejects the page when no main text
 * is found on it.
 */
final class ArticlePageParser implements FeedParser {
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    @Override
    public FeedParseResult parse(byte[] document, String contentType) {
        return parse(document, contentType, null);
    }

    @Override
    public FeedParseResult parse(byte[] document, String contentType, URI address) {
        ExtractedArticle article = extractor.extract(document, contentType, address);
        String link = article.canonicalUrl() != null ? article.canonicalUrl()
                : address == null ? null : address.toString();
        if (!article.hasBody()) {
            return new FeedParseResult(List.of(), List.of(new RejectedEntry("no-article-text", link,
                    "no main text was found on the page")));
        }
        return new FeedParseResult(List.of(new FeedEntry(null, link, article.headline(), article.body(), null,
                article.byline(), article.published(), null, null, null, article.language(), List.of(), null)),
                List.of());
    }
}
