package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleViolation;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * The answer to errors that never reach a controller: the servlet container's own (a request whose body
 * stalls is ended with 408 by the connector's read timeout, {@code server.tomcat.connection-timeout}) and
 * exceptions no handler took. Replaces Spring Boot's default JSON error body, so that every error answer
 * of the service is problem+json with a {@code type}. A 408 on the push API is counted as a rejection
 * ({@code reason="request-timeout"}).
 */
@RestController
class ProblemErrorController implements ErrorController {
    private final IngestMetrics metrics;

    ProblemErrorController(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail(status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        if (status == HttpStatus.REQUEST_TIMEOUT.value() && path != null && path.toString().startsWith("/api/")) {
            metrics.rejected(IngestMetrics.RejectionReason.REQUEST_TIMEOUT);
        }
        ArticleProblems.complete(problem, List.of(new ArticleViolation("", ArticleProblems.slug(status),
                problem.getDetail())));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    private static String detail(int status) {
        return switch (status) {
            case 408 -> "The request body stopped arriving before it was complete; send the whole body without "
                    + "pausing (the server waits server.tomcat.connection-timeout between bytes)";
            case 404 -> "There is nothing at this path; the API is POST /api/v1/articles and "
                    + "POST /api/v1/articles/batch";
            default -> status >= 500 ? "The service failed to answer this request; it was logged, and nothing "
                    + "was published. Try again, and report it if it persists"
                    : HttpStatus.valueOf(status).getReasonPhrase();
        };
    }
}
