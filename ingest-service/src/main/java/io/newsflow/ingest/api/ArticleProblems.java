package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 problem details of the push API. Each problem type is a stable URN clients can switch on;
 * the extension members name what to fix ({@code violations}, {@code limit}, {@code retryAfterSeconds}).
 */
final class ArticleProblems {
    static final URI INVALID_ARTICLE = URI.create("urn:newsflow:problem:invalid-article");
    static final URI TOO_LARGE = URI.create("urn:newsflow:problem:request-too-large");
    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:newsflow:problem:unsupported-media-type");
    static final URI KAFKA_UNAVAILABLE = URI.create("urn:newsflow:problem:kafka-unavailable");

    private ArticleProblems() {
    }

    static ProblemDetail invalidArticle(ArticleValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_ARTICLE, "Invalid article", e.getMessage());
        problem.setProperty("violations", e.violations());
        return problem;
    }

    static ProblemDetail tooLarge(RequestTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Request too large", e.getMessage());
        problem.setProperty("limit", e.limit());
        problem.setProperty("limitProperty", e.limitProperty());
        return problem;
    }

    static ProblemDetail kafkaUnavailable(KafkaUnavailableException e, long retryAfterSeconds) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, KAFKA_UNAVAILABLE, "Kafka unavailable",
                e.getMessage());
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    /** A problem as the plain JSON object that goes into a batch result line. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
