package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
    static final URI URL_NOT_ALLOWED = URI.create("urn:newsflow:problem:url-not-allowed");
    static final URI PAGE_FETCH_FAILED = URI.create("urn:newsflow:problem:page-fetch-failed");

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

    /** The url of an article to fetch (fetchPage=true) names a host or address pages are not fetched from. */
    static ProblemDetail urlNotAllowed(FetchException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, URL_NOT_ALLOWED, "URL not allowed", e.getMessage());
        problem.setProperty("violations", List.of(new ArticleViolation("url", e.reason(), e.getMessage())));
        return problem;
    }

    /** The page of an article to fetch (fetchPage=true) did not come back as a usable page. */
    static ProblemDetail pageFetchFailed(FetchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, PAGE_FETCH_FAILED, "Page could not be fetched",
                e.getMessage());
        problem.setProperty("reason", e.reason());
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
