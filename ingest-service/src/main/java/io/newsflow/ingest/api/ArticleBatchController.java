package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.common.article.TextRules;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.api.IngestMetrics.RejectionReason;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.intake.ArticleIntake;
import io.newsflow.ingest.intake.ArticleMediaTypes;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import io.newsflow.ingest.publish.PublishOutcome;
import io.newsflow.ingest.publish.RawArticlePublisher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/articles/batch}: NDJSON, one article (simple JSON or ninjs) per line. Invalid lines
 * are refused one by one while the valid ones are published; the answer has one NDJSON result per line (a line
 * whose version was already in the raw topic is not written again: status 200, {@code "duplicate": true}, the
 * original record's place). 200: every line accepted or a duplicate. 207: some lines refused as invalid, all
 * others in Kafka. 503 with Retry-After: at least one valid line is not known to be in Kafka; resend those lines. When no line can be accepted the
 * answer is a problem+json {@code 400} ({@code 413} when every line is too large) listing every line's
 * violations, as for any other refused request.
 */
@RestController
class ArticleBatchController {
    private static final String MAX_BATCH_SIZE = "newsflow.ingest.limits.max-batch-size";
    private static final String MAX_ARTICLE_SIZE = "newsflow.ingest.limits.max-article-size";

    private final ArticleIntake intake;
    private final RawArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestProperties properties;
    private final JsonMapper json;

    ArticleBatchController(ArticleIntake intake, RawArticlePublisher publisher, IngestMetrics metrics,
                           IngestProperties properties, JsonMapper json) {
        this.intake = intake;
        this.publisher = publisher;
        this.metrics = metrics;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/articles/batch", consumes = ArticleMediaTypes.NDJSON_VALUE)
    ResponseEntity<?> acceptBatch(@RequestParam(required = false) String source, HttpServletRequest request)
            throws IOException {
        String sourceId = intake.batchSource(source);
        IngestProperties.Limits limits = properties.limits();
        List<BatchLine> lines = NdjsonLines.read(
                BoundedBody.stream(request, limits.maxBatchSize().toBytes(), MAX_BATCH_SIZE), limits.maxBatchLines());
        if (lines.isEmpty()) {
            throw ArticleValidationException.of(TextRules.REQUEST_BODY, "required", "The batch has no articles; "
                    + "send one JSON article per line");
        }

        BatchLineResult[] results = new BatchLineResult[lines.size()];
        List<Integer> publishedLines = new ArrayList<>();
        List<RawArticleEvent> events = new ArrayList<>();
        List<ArticleViolation> refusals = new ArrayList<>();
        boolean anyInvalid = false;
        for (int i = 0; i < lines.size(); i++) {
            BatchLine line = lines.get(i);
            try {
                events.add(intake.fromBatchLine(lineBytes(line, limits.maxArticleSize().toBytes()), sourceId));
                publishedLines.add(i);
            } catch (ArticleValidationException e) {
                metrics.rejected(RejectionReason.INVALID_ARTICLE);
                anyInvalid = true;
                results[i] = BatchLineResult.refused(line.number(), ArticleProblems.invalidArticle(e));
                e.violations().forEach(v -> refusals.add(ArticleProblems.onLine(line.number(), v)));
            } catch (RequestTooLargeException e) {
                metrics.rejected(RejectionReason.TOO_LARGE);
                results[i] = BatchLineResult.refused(line.number(), ArticleProblems.tooLarge(e));
                refusals.add(ArticleProblems.onLine(line.number(),
                        new ArticleViolation("", "max-article-size", e.getMessage())));
            }
        }
        if (events.isEmpty()) {
            // Nothing of the batch can be accepted: the request as a whole is refused, in the one error form.
            ProblemDetail problem = ArticleProblems.invalidBatch(anyInvalid, List.of(results), refusals);
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }

        List<PublishOutcome> outcomes = publisher.publishAll(events);
        int accepted = 0;
        int duplicates = 0;
        int unavailable = 0;
        for (int j = 0; j < outcomes.size(); j++) {
            int i = publishedLines.get(j);
            PublishOutcome outcome = outcomes.get(j);
            RawArticleEvent event = events.get(j);
            if (outcome.isDuplicate()) {
                duplicates++;
                results[i] = BatchLineResult.accepted(lines.get(i).number(), outcome.published());
            } else if (outcome.isPublished()) {
                accepted++;
                results[i] = BatchLineResult.accepted(lines.get(i).number(), outcome.published());
            } else {
                unavailable++;
                results[i] = BatchLineResult.unavailable(lines.get(i).number(), event.id(), event.ninjs().version(),
                        ArticleProblems.kafkaUnavailable(new KafkaUnavailableException(outcome.failure()),
                                properties.retryAfterSeconds()));
            }
        }
        metrics.accepted(accepted);
        metrics.duplicates(duplicates);
        metrics.unavailable(unavailable);
        return answer(results, accepted + duplicates, unavailable);
    }

    /** @param inKafka lines whose article is in Kafka, written now or before */
    private ResponseEntity<String> answer(BatchLineResult[] results, int inKafka, int unavailable) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(ArticleMediaTypes.NDJSON);
        HttpStatus status = HttpStatus.OK;
        if (unavailable > 0) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfterSeconds()));
        } else if (inKafka < results.length) {
            status = HttpStatus.MULTI_STATUS;
        }
        StringBuilder body = new StringBuilder();
        for (BatchLineResult result : results) {
            body.append(json.writeValueAsString(result)).append('\n');
        }
        return ResponseEntity.status(status).headers(headers).body(body.toString());
    }

    private static byte[] lineBytes(BatchLine line, long maxBytes) {
        byte[] bytes = line.json();
        if (bytes.length > maxBytes) {
            throw RequestTooLargeException.bytes("Line " + line.number(), MAX_ARTICLE_SIZE, maxBytes);
        }
        return bytes;
    }
}
