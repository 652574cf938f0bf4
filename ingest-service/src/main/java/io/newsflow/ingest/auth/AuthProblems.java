package io.newsflow.ingest.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 answers to refused requests. They are written here rather than by the API's exception handler
 * because the refusal happens in a servlet filter, before Spring MVC sees the request.
 */
final class AuthProblems {
    static final String MISSING_KEY = "urn:newsflow:problem:api-key-missing";
    static final String UNKNOWN_KEY = "urn:newsflow:problem:api-key-unknown";
    static final String RATE_LIMITED = "urn:newsflow:problem:rate-limited";
    /** RFC 6750 challenges; {@code invalid_token} tells a client that retrying with the same key is pointless. */
    private static final String CHALLENGE = "Bearer realm=\"newsflow-ingest\"";
    private static final String INVALID_KEY_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    private final JsonMapper json;

    AuthProblems(JsonMapper json) {
        this.json = json;
    }

    void missingKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(request, response, problem(HttpStatus.UNAUTHORIZED, MISSING_KEY, "API key required",
                "This API needs an API key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'"));
    }

    void unknownKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_KEY_CHALLENGE);
        write(request, response, problem(HttpStatus.UNAUTHORIZED, UNKNOWN_KEY, "Unknown API key",
                "The API key sent is not valid here; check it, or ask the operator of this service for a key"));
    }

    void rateLimited(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        Map<String, Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Too many requests",
                "This API key has used up its request rate; send again in " + retryAfterSeconds + " s, or send "
                        + "several articles per request to /api/v1/articles/batch");
        problem.put("retryAfterSeconds", retryAfterSeconds);
        write(request, response, problem);
    }

    private static Map<String, Object> problem(HttpStatus status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Map<String, Object> problem)
            throws IOException {
        problem.put("instance", request.getRequestURI());
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus((int) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
