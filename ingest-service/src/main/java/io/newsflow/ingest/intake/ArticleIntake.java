package io.newsflow.ingest.intake;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleJsonReader;
import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.article.SimpleArticle;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.web.html.ExtractedArticle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import java.net.URI;

/**
 * Turns what a client pushed into the raw article event to publish, whatever the form: ninjs, simple JSON
 * (optionally completed from its page), plain text, a batch line. It owns the rules every form shares (the
 * default source, which form is read how); the controllers only map its results and refusals to HTTP.
 */
@Service
public class ArticleIntake {
    private final ArticleJsonReader jsonReader;
    private final RawArticleFactory factory;
    private final ArticlePageFetcher pages;
    private final IngestProperties properties;

    ArticleIntake(ArticleJsonReader jsonReader, RawArticleFactory factory, ArticlePageFetcher pages,
                  IngestProperties properties) {
        this.jsonReader = jsonReader;
        this.factory = factory;
        this.pages = pages;
        this.properties = properties;
    }

    /**
     * One article as JSON.
     *
     * @param declaredType the request's media type: {@code application/vnd.iptc.ninjs+json} is always read as
     *                     ninjs, {@code application/json} as ninjs or simple JSON by its properties
     * @param fetchPage    the body is a simple article with a {@code url} and no {@code body}: its page is
     *                     fetched and completes it
     * @param source       the {@code source} the request named, or null for the configured default
     * @throws ArticleValidationException when it is not a valid article
     * @throws FetchException             when the page to fetch may not or could not be fetched
     */
    public RawArticleEvent fromJson(byte[] json, MediaType declaredType, boolean fetchPage, String source) {
        boolean declaredNinjs = ArticleMediaTypes.NINJS_JSON.isCompatibleWith(declaredType);
        if (fetchPage) {
            if (declaredNinjs || jsonReader.isNinjs(json)) {
                throw simpleArticleOnly();
            }
            return fromPage(jsonReader.readSimpleShape(json), sourceId(source));
        }
        return declaredNinjs ? jsonReader.readNinjs(json, sourceId(source)) : jsonReader.read(json, sourceId(source));
    }

    /**
     * One article as text copied from its page.
     *
     * @throws ArticleValidationException when it is not text in the declared charset or holds no article
     */
    public RawArticleEvent fromPlainText(byte[] text, MediaType contentType, String source) {
        return factory.fromPlainText(PlainTextBody.decode(text, contentType), sourceId(source));
    }

    /**
     * The source of a batch, checked once before its lines are read.
     *
     * @throws ArticleValidationException when the source id is malformed
     */
    public String batchSource(String source) {
        String sourceId = sourceId(source);
        if (!ArticleIds.isValidSourceId(sourceId)) {
            throw ArticleValidationException.of("source", "source-id", "Source id '" + sourceId + "' must match "
                    + ArticleIds.SOURCE_ID.pattern() + "; fix the source query parameter");
        }
        return sourceId;
    }

    /**
     * One line of a batch: a simple JSON article or a ninjs item.
     *
     * @throws ArticleValidationException when it is not a valid article
     */
    public RawArticleEvent fromBatchLine(byte[] json, String batchSource) {
        return jsonReader.read(json, batchSource);
    }

    private String sourceId(String source) {
        return source == null ? properties.defaultSource() : source;
    }

    /** Fields the client sent win over the page's; the client's {@code url} stays the article's identity. */
    private RawArticleEvent fromPage(SimpleArticle sent, String sourceId) {
        if (sent.body() != null) {
            throw ArticleValidationException.of("body", "not-with-fetch-page", "fetchPage=true takes the body "
                    + "from the page at url; leave body out, or drop fetchPage to send the body yourself");
        }
        URI url = pageUrl(sent.url());
        ExtractedArticle page = pages.fetch(url);
        if (!page.hasBody()) {
            throw ArticleValidationException.of("url", "no-article-text", "The page at " + url + " has no "
                    + "article text newsflow can find; send the body yourself");
        }
        SimpleArticle completed = new SimpleArticle(
                orElse(sent.headline(), page.headline()), page.body(), sent.url(), sent.source(),
                orElse(sent.publishedAt(), page.published() == null ? null : page.published().toString()),
                orElse(sent.language(), page.language()), orElse(sent.byline(), page.byline()), sent.id(),
                sent.version());
        return factory.fromSimple(completed, sourceId);
    }

    private static URI pageUrl(String url) {
        if (url == null || url.isBlank()) {
            throw ArticleValidationException.of("url", "required", "fetchPage=true needs the page's address in "
                    + "url, as a JSON string such as \"https://news.example.com/story\"");
        }
        try {
            ArticleIds.canonicalUrl(url);
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ArticleValidationException.of("url", "http-or-https-url", "url '" + url
                    + "' is not an absolute http or https URL: " + e.getMessage());
        }
    }

    private static ArticleValidationException simpleArticleOnly() {
        return ArticleValidationException.of("fetchPage", "simple-article-only", "fetchPage=true reads the simple "
                + "article shape as application/json (url, and optionally headline, byline, publishedAt, language, "
                + "id, version, source); a ninjs item carries its own body, so send it without fetchPage");
    }

    private static String orElse(String sent, String fromPage) {
        return sent != null ? sent : fromPage;
    }
}
