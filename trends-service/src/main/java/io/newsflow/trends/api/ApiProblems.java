package io.newsflow.trends.api;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details of the trends API, in the style of ingest-service's: a stable URN per problem type and
 * a {@code violations} list naming the parameter to fix.
 */
@RestControllerAdvice
class ApiProblems {
    static final URI INVALID_PARAMETER = URI.create("urn:newsflow:problem:invalid-parameter");
    static final URI NOT_FOUND = URI.create("urn:newsflow:problem:not-found");
    static final URI STATE_NOT_READY = URI.create("urn:newsflow:problem:state-not-ready");

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return invalid(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler({StateNotReadyException.class, InvalidStateStoreException.class})
    ResponseEntity<ProblemDetail> notReady(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The trends state is being rebuilt or moved between instances; retry shortly (" + e.getMessage() + ")");
        problem.setType(STATE_NOT_READY);
        problem.setTitle("State not ready");
        problem.setProperty("retryAfterSeconds", 2);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    private static ProblemDetail invalid(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid parameter");
        problem.setProperty("violations", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }
}
