package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.fetch.FetchResponse;
import io.newsflow.ingest.feeds.html.ArticlePageExtractor;
import io.newsflow.ingest.feeds.html.ExtractedArticle;
import io.newsflow.ingest.feeds.text.TextDecoder;

/** Reads the article from a fetched HTML page: decoded by its declared or detected charset, then extracted. */
class ArticlePageReader {
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    ExtractedArticle read(FetchResponse page) {
        return extractor.extract(TextDecoder.decodeHtml(page.body(), page.contentType()), page.finalUri());
    }
}
