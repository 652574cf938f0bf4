package io.newsflow.ingest.web.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one document over HTTP(S) without trusting the server: conditional GET with the validators of
 * the last answer, a size limit enforced while the body streams in and again while it is decompressed,
 * one deadline for the whole exchange, and redirects followed here rather than by the client, so that
 * the {@link UrlCheck} approves every hop, not just the first.
 */
public final class HttpFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final byte[] NO_BODY = new byte[0];

    private final FetchSettings settings;
    private final UrlCheck urlCheck;
    private final Clock clock;
    private final HttpClient client;

    /**
     * @param urlCheck {@link UrlPolicy#checkConfiguredUrl(URI)} for configured feeds,
     *                 {@link UrlPolicy#checkCallerSuppliedUrl(URI)} for URLs from API callers
     */
    public HttpFetcher(FetchSettings settings, UrlCheck urlCheck, Clock clock) {
        this.settings = settings;
        this.urlCheck = urlCheck;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // Feeds and pages are single small documents; HTTP/1.1 avoids h2c upgrade attempts on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HttpFetcher(FetchSettings settings, UrlCheck urlCheck) {
        this(settings, urlCheck, Clock.systemUTC());
    }

    /**
     * @return the answer: status 200 (or another 2xx) with the decompressed body, or 304 when the
     *         validators still match
     * @throws FetchException for every other outcome; {@link FetchException#reason()} says which
     */
    public FetchResponse fetch(FetchRequest request) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        URI uri = request.uri();
        Map<String, String> headers = request.headers();
        urlCheck.check(uri);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(build(uri, headers, request), request.maxBytes(), deadline);
            int status = response.statusCode();
            if (!REDIRECTS.contains(status)) {
                return answer(response, request, uri);
            }
            if (redirects == settings.maxRedirects()) {
                throw new FetchException(FetchFailure.TOO_MANY_REDIRECTS, uri + " redirected more than "
                        + settings.maxRedirects() + " times; point the configuration at the final address");
            }
            URI next = location(response, uri);
            urlCheck.check(next);
            // Extra headers often carry an API key meant for the original server only.
            if (!sameOrigin(uri, next)) {
                headers = Map.of();
            }
            uri = next;
        }
    }

    private HttpRequest build(URI uri, Map<String, String> headers, FetchRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET()
                .setHeader("User-Agent", settings.userAgent())
                .setHeader("Accept-Encoding", "gzip, deflate");
        try {
            headers.forEach(builder::setHeader);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_REQUEST_HEADER, "A configured request header cannot be sent ("
                    + e.getMessage() + "); remove it from the feed's headers", e);
        }
        if (request.etag() != null) {
            builder.setHeader("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.setHeader("If-Modified-Since", request.lastModified());
        }
        return builder.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, long maxBytes, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(request.uri(), null);
        }
        HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() / 100 == 2
                ? new BoundedBodySubscriber(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : HttpResponse.BodySubscribers.replacing(NO_BODY);
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, handler);
        try {
            // One deadline covers headers and body, so a server trickling bytes cannot hold the caller.
            return exchange.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(request.uri(), e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchFailure.INTERRUPTED, "Fetching " + request.uri() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(request.uri(), e.getCause());
        }
    }

    private FetchResponse answer(HttpResponse<byte[]> response, FetchRequest request, URI uri) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            // A 304 may leave out validators that still hold; keep the ones the request sent.
            return new FetchResponse(status, NO_BODY, contentType, etag != null ? etag : request.etag(),
                    lastModified != null ? lastModified : request.lastModified(), uri);
        }
        if (status / 100 == 2) {
            byte[] body = ContentDecoding.decode(response.body(),
                    headers.firstValue("Content-Encoding").orElse(null), request.maxBytes());
            return new FetchResponse(status, body, contentType, etag, lastModified, uri);
        }
        Duration retryAfter = status == 429 || status == 503
                ? RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant())
                : null;
        String wait = retryAfter == null ? "" : "; it asked to wait " + retryAfter.toSeconds() + " s before retrying";
        if (status / 100 == 4) {
            throw new FetchException(FetchFailure.HTTP_4XX, uri + " answered " + status + wait
                    + (status == 429 ? "" : "; check the URL and any credentials in the request headers"), retryAfter);
        }
        if (status / 100 == 5) {
            throw new FetchException(FetchFailure.HTTP_5XX, uri + " answered " + status + wait
                    + "; the server failed, it is tried again later", retryAfter);
        }
        throw new FetchException(FetchFailure.UNEXPECTED_STATUS, uri + " answered " + status
                + ", which is neither a document, a redirect nor an error");
    }

    private static URI location(HttpResponse<byte[]> response, URI from) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new FetchException(
                FetchFailure.BAD_REDIRECT, from + " answered " + response.statusCode() + " without a Location header"));
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.BAD_REDIRECT, from + " redirected to '" + location
                    + "', which is not a valid URL", e);
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private FetchException timeout(URI uri, Throwable cause) {
        return new FetchException(FetchFailure.TIMEOUT, "No complete answer from " + uri + " within "
                + settings.timeout().toMillis() + " ms; the server is slow or unreachable", cause);
    }

    private FetchException failure(URI uri, Throwable cause) {
        // The body subscriber's own verdict (too-large) may arrive wrapped by the client.
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FetchException fetchException) {
                return fetchException;
            }
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(uri, cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchFailure.CONNECT, "Cannot connect to " + uri + " (" + cause.getMessage()
                    + "); check the host and port, or whether the server is up", cause);
        }
        if (cause instanceof IOException) {
            return new FetchException(FetchFailure.IO, "Fetching " + uri + " failed: " + cause, cause);
        }
        return new FetchException(FetchFailure.IO, "Fetching " + uri + " failed unexpectedly: " + cause, cause);
    }
}
