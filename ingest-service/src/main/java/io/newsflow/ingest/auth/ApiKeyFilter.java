package io.newsflow.ingest.auth;

import io.newsflow.ingest.auth.AuthMetrics.Reason;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Lets a push API request through only with a known API key and while that key is within its rate.
 * Refusals are answered before the body is read, so a refused request costs one SHA-256 and nothing else.
 * The key itself is never logged; only its id is.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final KeyRateLimiter rateLimiter;
    private final AuthProblems problems;
    private final AuthMetrics metrics;

    ApiKeyFilter(ApiKeys keys, KeyRateLimiter rateLimiter, AuthProblems problems, AuthMetrics metrics) {
        this.keys = keys;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = PresentedKey.of(request);
        if (presented.isEmpty()) {
            metrics.rejected(Reason.MISSING_KEY, AuthMetrics.NO_KEY);
            problems.missingKey(request, response);
            return;
        }
        Optional<String> keyId = keys.idOf(presented.get());
        if (keyId.isEmpty()) {
            // Debug only: guessing keys must not be able to flood the log; the counter shows the rate.
            log.debug("Refused {} {} from {}: unknown API key", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr());
            metrics.rejected(Reason.UNKNOWN_KEY, AuthMetrics.NO_KEY);
            problems.unknownKey(request, response);
            return;
        }
        TokenBucket.Admission admission = rateLimiter.admit(keyId.get());
        if (!admission.admitted()) {
            log.debug("Refused {} {} for API key '{}': over its rate", request.getMethod(), request.getRequestURI(),
                    keyId.get());
            metrics.rejected(Reason.RATE_LIMITED, keyId.get());
            problems.rateLimited(request, response, admission.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
    }
}
