package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.fetch.FetchResponse;
import io.newsflow.ingest.feeds.format.FeedEntry;
import io.newsflow.ingest.feeds.format.FeedFormat;
import io.newsflow.ingest.feeds.format.FeedFormatException;
import io.newsflow.ingest.feeds.format.FeedParseResult;
import io.newsflow.ingest.feeds.format.FeedParsers;
import io.newsflow.ingest.feeds.format.RejectedEntry;
import io.newsflow.ingest.feeds.html.ExtractedArticle;

import java.util.List;

/**
 * Reads a fetched document in its configured format. A feed of format HTML is a single article page (a
 * publisher without a feed): it yields one item, identified by the page's canonical address.
 */
class FeedDocumentParser {
    private final ArticlePageReader pages;

    FeedDocumentParser(ArticlePageReader pages) {
        this.pages = pages;
    }

    /** @throws FeedFormatException when the document as a whole cannot be read */
    FeedParseResult parse(FeedFormat format, FetchResponse response) {
        if (format != FeedFormat.HTML) {
            return FeedParsers.forFormat(format).parse(response.body(), response.contentType());
        }
        ExtractedArticle article = pages.read(response);
        String link = article.canonicalUrl() != null ? article.canonicalUrl() : response.finalUri().toString();
        if (!article.hasBody()) {
            return new FeedParseResult(List.of(), List.of(new RejectedEntry("no-article-text", link,
                    "no main text was found on the page")));
        }
        return new FeedParseResult(List.of(new FeedEntry(null, link, article.headline(), article.body(), null,
                article.byline(), article.published(), null, null, null, article.language(), List.of(), null)),
                List.of());
    }
}
