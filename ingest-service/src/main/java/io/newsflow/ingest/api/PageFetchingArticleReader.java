package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleJsonReader;
import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.schema.JsonObjectReader;
import io.newsflow.common.schema.SchemaViolation;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.feeds.fetch.FetchException;
import io.newsflow.ingest.feeds.fetch.FetchRequest;
import io.newsflow.ingest.feeds.fetch.FetchResponse;
import io.newsflow.ingest.feeds.fetch.FetchSettings;
import io.newsflow.ingest.feeds.fetch.HostResolver;
import io.newsflow.ingest.feeds.fetch.HttpFetcher;
import io.newsflow.ingest.feeds.fetch.UrlPolicy;
import io.newsflow.ingest.feeds.html.ArticlePageExtractor;
import io.newsflow.ingest.feeds.html.ExtractedArticle;
import io.newsflow.ingest.feeds.text.TextDecoder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pushed simple article that gives its {@code url} instead of its {@code body}: the page is fetched
 * (only from an allowed host with public addresses, see {@link UrlPolicy#checkCallerSuppliedUrl}), its
 * article extracted, and what the client sent completed with it. Fields the client sent win over the
 * page's; the {@code url} the client sent stays the article's address and so its identity.
 */
@Component
class PageFetchingArticleReader {
    private static final String WHAT = "a simple article with a url";
    private static final Set<MediaType> HTML = Set.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private final ArticleJsonReader jsonReader;
    private final HttpFetcher fetcher;
    private final long maxPageBytes;
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    PageFetchingArticleReader(ArticleJsonReader jsonReader, PageFetchProperties properties, Clock clock) {
        this.jsonReader = jsonReader;
        UrlPolicy policy = new UrlPolicy(properties.allowedHosts(), HostResolver.SYSTEM,
                properties.allowPrivateAddresses());
        FetchSettings settings = new FetchSettings(properties.connectTimeout(), properties.timeout(),
                properties.maxRedirects(), FetchSettings.DEFAULT_USER_AGENT);
        this.fetcher = new HttpFetcher(settings, policy::checkCallerSuppliedUrl, clock);
        this.maxPageBytes = properties.maxPageSize().toBytes();
    }

    /**
     * @throws ArticleValidationException when the JSON is not a simple article with a url and no body, or the
     *                                    page has no article text
     * @throws FetchException             when the URL may not be fetched ({@code host-not-allowed},
     *                                    {@code address-not-allowed}) or the page could not be fetched
     */
    RawArticleEvent read(byte[] json, String sourceId) {
        ObjectNode article = parse(json);
        URI url = url(article);
        ExtractedArticle page = fetch(url);
        if (!page.hasBody()) {
            throw ArticleValidationException.of("url", "no-article-text", "The page at " + url + " has no "
                    + "article text newsflow can find; send the body yourself");
        }
        putIfMissing(article, "headline", page.headline());
        putIfMissing(article, "byline", page.byline());
        putIfMissing(article, "publishedAt", page.published() == null ? null : page.published().toString());
        putIfMissing(article, "language", page.language());
        article.put("body", page.body());
        return jsonReader.read(EventJson.mapper().writeValueAsBytes(article), sourceId);
    }

    private ExtractedArticle fetch(URI url) {
        FetchResponse response = fetcher.fetch(new FetchRequest(url,
                Map.of("Accept", "text/html,application/xhtml+xml;q=0.9"), null, null, maxPageBytes));
        if (!isHtml(response.contentType())) {
            throw new FetchException("not-html", url + " answered with '" + response.contentType()
                    + "', not an HTML page; send the article text itself");
        }
        return extractor.extract(TextDecoder.decodeHtml(response.body(), response.contentType()),
                response.finalUri());
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true; // servers that leave it out almost always serve HTML; the extractor copes either way
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return HTML.stream().anyMatch(html -> html.isCompatibleWith(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static ObjectNode parse(byte[] json) {
        JsonNode node;
        try {
            node = JsonObjectReader.read(json, WHAT);
        } catch (JsonObjectReader.NotAJsonObjectException e) {
            SchemaViolation v = e.violation();
            throw new ArticleValidationException(List.of(new ArticleViolation(v.field(), v.rule(), v.message())));
        }
        if (ArticleJsonReader.NINJS_MARKERS.stream().anyMatch(node::has)) {
            throw ArticleValidationException.of("", "simple-article-only", "fetchPage=true reads the simple "
                    + "article shape (url, and optionally headline, byline, publishedAt, language, id, version, "
                    + "source); a ninjs item carries its own body, so send it without fetchPage");
        }
        if (!node.path("body").isMissingNode() && !node.path("body").isNull()) {
            throw ArticleValidationException.of("body", "not-with-fetch-page", "fetchPage=true takes the body from "
                    + "the page at url; leave body out, or drop fetchPage to send the body yourself");
        }
        return (ObjectNode) node;
    }

    private static URI url(ObjectNode article) {
        JsonNode url = article.path("url");
        if (!url.isString() || url.asString().isBlank()) {
            throw ArticleValidationException.of("url", "required", "fetchPage=true needs the page's address in url, "
                    + "as a JSON string such as \"https://news.example.com/story\"");
        }
        try {
            ArticleIds.canonicalUrl(url.asString());
            return URI.create(url.asString().strip());
        } catch (IllegalArgumentException e) {
            throw ArticleValidationException.of("url", "http-or-https-url", "url '" + url.asString()
                    + "' is not an absolute http or https URL: " + e.getMessage());
        }
    }

    private static void putIfMissing(ObjectNode article, String field, String value) {
        JsonNode sent = article.path(field);
        if (value != null && (sent.isMissingNode() || sent.isNull())) {
            article.put(field, value);
        }
    }
}
