package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleJsonReader;
import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.publish.PublishedArticle;
import io.newsflow.ingest.publish.RawArticlePublisher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/v1/articles}: one article as ninjs, simple JSON or plain text. It is answered 202 only
 * once Kafka has acknowledged it; anything else is a problem+json response and nothing is published.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {
    private static final String MAX_ARTICLE_SIZE = "newsflow.ingest.limits.max-article-size";

    private final ArticleJsonReader jsonReader;
    private final RawArticleFactory factory;
    private final RawArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestProperties properties;
    private final PageFetchingArticleReader pageReader;

    ArticleController(ArticleJsonReader jsonReader, RawArticleFactory factory, RawArticlePublisher publisher,
                      IngestMetrics metrics, IngestProperties properties, PageFetchingArticleReader pageReader) {
        this.jsonReader = jsonReader;
        this.factory = factory;
        this.publisher = publisher;
        this.metrics = metrics;
        this.properties = properties;
        this.pageReader = pageReader;
    }

    /**
     * @param fetchPage true when a simple article gives its {@code url} and no {@code body}: the page is fetched
     *                  from an allowed host and its text taken (see {@link PageFetchProperties})
     */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, ArticleMediaTypes.NINJS_JSON_VALUE})
    ResponseEntity<PublishedArticle> acceptJson(@RequestParam(required = false) String source,
                                                @RequestParam(defaultValue = "false") boolean fetchPage,
                                                HttpServletRequest request) throws IOException {
        byte[] json = readBody(request);
        boolean declaredNinjs = ArticleMediaTypes.NINJS_JSON.isCompatibleWith(contentType(request));
        if (fetchPage && declaredNinjs) {
            throw ArticleValidationException.of("fetchPage", "simple-article-only", "fetchPage=true reads the "
                    + "simple article shape as application/json; a ninjs item carries its own body");
        }
        RawArticleEvent event;
        if (fetchPage) {
            event = pageReader.read(json, sourceId(source));
        } else if (declaredNinjs) {
            event = jsonReader.readNinjs(json, sourceId(source));
        } else {
            event = jsonReader.read(json, sourceId(source));
        }
        return accepted(event);
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<PublishedArticle> acceptPlainText(@RequestParam(required = false) String source,
                                                     HttpServletRequest request) throws IOException {
        byte[] text = readBody(request);
        return accepted(factory.fromPlainText(decode(text, contentType(request)), sourceId(source)));
    }

    private ResponseEntity<PublishedArticle> accepted(RawArticleEvent event) {
        PublishedArticle published = publisher.publish(event);
        metrics.accepted(1);
        return ResponseEntity.accepted().body(published);
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        return BoundedBody.readAll(request, properties.limits().maxArticleSize().toBytes(), MAX_ARTICLE_SIZE);
    }

    private String sourceId(String source) {
        return source == null ? properties.defaultSource() : source;
    }

    private static MediaType contentType(HttpServletRequest request) {
        return MediaType.parseMediaType(request.getContentType());
    }

    /** Strict, so that text in the wrong charset is refused rather than published full of U+FFFD. */
    private static String decode(byte[] text, MediaType contentType) {
        Charset charset = charset(contentType);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            throw ArticleValidationException.of("", "charset", "The text is not valid " + charset.name()
                    + "; send UTF-8 or name the real charset in the Content-Type (text/plain; charset=...)");
        }
    }

    private static Charset charset(MediaType contentType) {
        try {
            return contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        } catch (IllegalArgumentException e) {
            throw ArticleValidationException.of("", "charset", "Charset '" + contentType.getParameter("charset")
                    + "' is unknown; send UTF-8 (text/plain; charset=utf-8)");
        }
    }
}
