package io.newsflow.ingest.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.util.Optional;

/** Finds the API key a request carries: {@code Authorization: Bearer <key>}, else {@code X-Api-Key: <key>}. */
final class PresentedKey {
    static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private PresentedKey() {
    }

    /** The key, or empty when the request carries none (another Authorization scheme counts as none). */
    static Optional<String> of(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        // RFC 9110: the scheme name is case-insensitive.
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return nonBlank(authorization.substring(BEARER.length()));
        }
        return nonBlank(request.getHeader(API_KEY_HEADER));
    }

    private static Optional<String> nonBlank(String key) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip());
    }
}
