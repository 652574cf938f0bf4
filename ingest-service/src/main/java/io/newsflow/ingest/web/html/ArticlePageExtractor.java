package io.newsflow.ingest.web.html;

import io.newsflow.ingest.web.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.URI;

/**
 * Reads an article page: headline, byline and publication date from the page's JSON-LD, else its Open
 * Graph and meta tags, else what the page shows; the main text without the page around it (see
 * {@link MainText}). Plain Java, no network: the caller fetches the page.
 */
public final class ArticlePageExtractor {

    /**
     * @param page        the page as fetched, decoded by its declared or detected charset
     * @param contentType the page's Content-Type header, or null
     * @param pageUri     where the page came from, to make relative canonical links absolute; may be null
     */
    public ExtractedArticle extract(byte[] page, String contentType, URI pageUri) {
        return extract(TextDecoder.decodeHtml(page, contentType), pageUri);
    }

    /**
     * @param html    the page, already decoded to text
     * @param pageUri where the page came from, to make relative canonical links absolute; may be null
     */
    public ExtractedArticle extract(String html, URI pageUri) {
        Document page = Jsoup.parse(html, pageUri == null ? "" : pageUri.toString());
        ArticleMetadata metadata = JsonLdMetadata.read(page, pageUri)
                .orElse(MetaTagMetadata.read(page, pageUri))
                .orElse(VisibleMetadata.read(page));
        return new ExtractedArticle(metadata.headline(), metadata.byline(), metadata.published(),
                metadata.language(), MainText.of(page), metadata.canonicalUrl());
    }
}
