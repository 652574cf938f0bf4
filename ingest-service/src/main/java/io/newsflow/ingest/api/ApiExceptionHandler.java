package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.ingest.api.IngestMetrics.RejectionReason;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;

/** Turns every refusal of the push API into an RFC 9457 {@code application/problem+json} response. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private final IngestMetrics metrics;
    private final long retryAfterSeconds;

    ApiExceptionHandler(IngestMetrics metrics, IngestProperties properties) {
        this.metrics = metrics;
        this.retryAfterSeconds = properties.retryAfterSeconds();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidArticle(ArticleValidationException e) {
        metrics.rejected(RejectionReason.INVALID_ARTICLE);
        return problem(ArticleProblems.invalidArticle(e), new HttpHeaders());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e) {
        metrics.rejected(RejectionReason.TOO_LARGE);
        HttpHeaders headers = new HttpHeaders();
        // The client may still be sending; closing tells it not to reuse a connection holding unread bytes.
        headers.setConnection("close");
        return problem(ArticleProblems.tooLarge(e), headers);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e) {
        metrics.unavailable(1);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problem(ArticleProblems.kafkaUnavailable(e, retryAfterSeconds), headers);
    }

    /** Only page fetching (fetchPage=true) fetches anything while answering a request. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> pageNotFetched(FetchException e) {
        boolean urlRefused = switch (e.failure()) {
            // Refused before anything was requested: the client named a URL it may not have fetched.
            case HOST_NOT_ALLOWED, ADDRESS_NOT_ALLOWED, SCHEME_NOT_ALLOWED, INVALID_URL -> true;
            case UNKNOWN_HOST, CONNECT, TIMEOUT, IO, INTERRUPTED, INVALID_REQUEST_HEADER, HTTP_4XX, HTTP_5XX,
                 UNEXPECTED_STATUS, BAD_REDIRECT, TOO_MANY_REDIRECTS, TOO_LARGE, UNSUPPORTED_ENCODING,
                 BAD_ENCODING, DECOMPRESSION_BOMB, NOT_HTML -> false;
        };
        if (urlRefused) {
            metrics.rejected(RejectionReason.URL_NOT_ALLOWED);
            return problem(ArticleProblems.urlNotAllowed(e), new HttpHeaders());
        }
        metrics.rejected(RejectionReason.PAGE_FETCH_FAILED);
        return problem(ArticleProblems.pageFetchFailed(e), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        metrics.rejected(RejectionReason.UNSUPPORTED_MEDIA_TYPE);
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        ProblemDetail problem = e.getBody();
        problem.setType(ArticleProblems.UNSUPPORTED_MEDIA_TYPE);
        problem.setTitle("Unsupported media type");
        problem.setDetail("Content-Type " + (e.getContentType() == null ? "(none)" : "'" + e.getContentType() + "'")
                + " is not accepted here; send one of: " + supported);
        problem.setProperty("supportedMediaTypes", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
