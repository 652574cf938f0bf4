package io.newsflow.ingest.web.fetch;

import java.time.Duration;

/**
 * How an {@link HttpFetcher} talks to servers.
 *
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param timeout        longest wait for a whole answer, every redirect hop and the body included, so a
 *                       server trickling bytes cannot hold a poller thread
 * @param maxRedirects   redirects followed before the fetch fails with {@code too-many-redirects}
 * @param userAgent      the User-Agent header; it names newsflow so that providers can tell who is asking
 */
public record FetchSettings(Duration connectTimeout, Duration timeout, int maxRedirects, String userAgent) {
    public static final String DEFAULT_USER_AGENT = "newsflow-ingest/0.1 (news feed reader)";
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public FetchSettings {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, got " + connectTimeout);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be 0 or more, got " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must name the client, e.g. " + DEFAULT_USER_AGENT);
        }
    }

    public FetchSettings(Duration connectTimeout, Duration timeout) {
        this(connectTimeout, timeout, DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT);
    }
}
