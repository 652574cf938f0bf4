package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.ingest.api.IngestMetrics.RejectionReason;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Locale;
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
        String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (e.getContentType() == null && sent != null && !sent.isBlank()) {
            // Spring could not read the header at all: say what in it is wrong instead of "(none)".
            metrics.rejected(RejectionReason.INVALID_REQUEST);
            return handleExceptionInternal(e, ArticleProblems.unreadableContentType(sent, e.getMessage()),
                    new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
        }
        metrics.rejected(RejectionReason.UNSUPPORTED_MEDIA_TYPE);
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        ProblemDetail problem = e.getBody();
        problem.setType(ArticleProblems.UNSUPPORTED_MEDIA_TYPE);
        problem.setTitle("Unsupported media type");
        problem.setDetail("Content-Type " + (e.getContentType() == null ? "(none)" : "'" + e.getContentType() + "'")
                + " is not accepted here; send one of: " + supported);
        problem.setProperty("supportedMediaTypes", e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .toList());
        problem.setProperty("violations", List.of(new ArticleViolation("Content-Type", "media-type",
                problem.getDetail())));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * Every answer Spring MVC builds for a request it refuses itself (unknown path, method not allowed, a query
     * parameter of the wrong type, ...) in the API's one form: a problem {@code type} URN and, for the
     * client's errors, {@code violations} naming what to fix.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring passes no body for its own exceptions and builds their ProblemDetail in the super call.
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (status.value() == HttpStatus.BAD_REQUEST.value() && !(e instanceof HttpMediaTypeNotSupportedException)) {
            // A query parameter of the wrong type or missing (the Content-Type's 400 is counted where it is built).
            metrics.rejected(RejectionReason.INVALID_REQUEST);
        }
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            List<ArticleViolation> violations = violationsOf(e, problem);
            if (e instanceof MethodArgumentTypeMismatchException || e instanceof HttpRequestMethodNotSupportedException
                    || e instanceof NoResourceFoundException) {
                // the API's own wording, which says what to send instead, rather than Spring's
                problem.setDetail(violations.get(0).message());
            }
            ArticleProblems.complete(problem, violations);
        }
        return answer;
    }

    private static List<ArticleViolation> violationsOf(Exception e, ProblemDetail problem) {
        String detail = problem.getDetail() == null ? "" : problem.getDetail();
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            String expected = mismatch.getRequiredType() == null ? "value"
                    : mismatch.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT);
            return List.of(new ArticleViolation(mismatch.getName(), expected, "Query parameter '"
                    + mismatch.getName() + "' is '" + mismatch.getValue() + "', which is not a " + expected
                    + (Boolean.class.equals(mismatch.getRequiredType())
                    || boolean.class.equals(mismatch.getRequiredType()) ? "; send true or false" : "")));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return List.of(new ArticleViolation(missing.getParameterName(), "required", detail));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return List.of(new ArticleViolation("", "method-not-allowed", method.getMethod() + " is not accepted "
                    + "here; use " + String.join(" or ", method.getSupportedMethods() == null ? new String[0]
                    : method.getSupportedMethods())));
        }
        if (e instanceof NoResourceFoundException missing) {
            return List.of(new ArticleViolation("", "unknown-path", "Nothing answers " + missing.getHttpMethod()
                    + " /" + missing.getResourcePath() + "; articles are pushed with POST /api/v1/articles or POST "
                    + "/api/v1/articles/batch (README, \"The HTTP push API\")"));
        }
        return List.of(new ArticleViolation("", ArticleProblems.slug(problem.getStatus()), detail));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
