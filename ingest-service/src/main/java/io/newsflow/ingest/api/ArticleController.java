package io.newsflow.ingest.api;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.intake.ArticleIntake;
import io.newsflow.ingest.intake.ArticleMediaTypes;
import io.newsflow.ingest.intake.PageFetchProperties;
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

/**
 * {@code POST /api/v1/articles}: one article as ninjs, simple JSON or plain text. It is answered 202 only
 * once Kafka has acknowledged it, 200 with {@code "duplicate": true} and the original record's place when this
 * version was already in the raw topic (nothing is written again); anything else is a problem+json response and
 * nothing is published.
 * {@link ArticleIntake} reads the article; this class only reads the request and answers it.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {
    private static final String MAX_ARTICLE_SIZE = "newsflow.ingest.limits.max-article-size";

    private final ArticleIntake intake;
    private final RawArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestProperties properties;

    ArticleController(ArticleIntake intake, RawArticlePublisher publisher, IngestMetrics metrics,
                      IngestProperties properties) {
        this.intake = intake;
        this.publisher = publisher;
        this.metrics = metrics;
        this.properties = properties;
    }

    /**
     * @param fetchPage true when a simple article gives its {@code url} and no {@code body}: the page is fetched
     *                  from an allowed host and its text taken (see {@link PageFetchProperties})
     */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, ArticleMediaTypes.NINJS_JSON_VALUE})
    ResponseEntity<PublishedArticle> acceptJson(@RequestParam(required = false) String source,
                                                @RequestParam(defaultValue = "false") boolean fetchPage,
                                                HttpServletRequest request) throws IOException {
        return accepted(intake.fromJson(readBody(request), contentType(request), fetchPage, source));
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<PublishedArticle> acceptPlainText(@RequestParam(required = false) String source,
                                                     HttpServletRequest request) throws IOException {
        return accepted(intake.fromPlainText(readBody(request), contentType(request), source));
    }

    private ResponseEntity<PublishedArticle> accepted(RawArticleEvent event) {
        PublishedArticle published = publisher.publish(event);
        if (published.duplicate()) {
            metrics.duplicates(1);
            return ResponseEntity.ok(published);
        }
        metrics.accepted(1);
        return ResponseEntity.accepted().body(published);
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        return BoundedBody.readAll(request, properties.limits().maxArticleSize().toBytes(), MAX_ARTICLE_SIZE);
    }

    private static MediaType contentType(HttpServletRequest request) {
        return MediaType.parseMediaType(request.getContentType());
    }
}
