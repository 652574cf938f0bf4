package io.newsflow.ingest.web.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static io.newsflow.ingest.web.fetch.LocalHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link HttpFetcher} against a real HTTP server on 127.0.0.1 serving a feed file we wrote. */
class HttpFetcherTest {
    private static final byte[] FEED = resource("/feeds/fetch/wire-feed.xml");
    private static final long ONE_MB = 1024 * 1024;
    private static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");
    private static final String ETAG = "\"wire-v1\"";
    private static final String LAST_MODIFIED = "Tue, 12 Mar 2024 07:30:00 GMT";

    private final LocalHttpServer server = new LocalHttpServer();
    private final FetchSettings settings = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final HttpFetcher fetcher = new HttpFetcher(settings, UrlPolicy::checkConfiguredUrl,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static FetchRequest get(URI uri) {
        return new FetchRequest(uri, Map.of(), null, null, ONE_MB);
    }

    @Test
    void answersNotModifiedWhenTheEtagStillMatchesAndSendsItAsIfNoneMatch() {
        server.serve("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, FEED.length);
            exchange.getResponseBody().write(FEED);
        });

        FetchResponse first = fetcher.fetch(get(server.uri("/feed.xml")));
        FetchResponse second = fetcher.fetch(new FetchRequest(server.uri("/feed.xml"), Map.of(), first.etag(),
                first.lastModified(), ONE_MB));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(FEED);
        assertThat(first.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(first.etag()).isEqualTo(ETAG);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(second.etag()).isEqualTo(ETAG);
        assertThat(server.received()).extracting(r -> r.header("If-None-Match")).containsExactly(null, ETAG);
    }

    @Test
    void answersNotModifiedWhenUnchangedSinceLastModifiedAndSendsItAsIfModifiedSince() {
        server.serve("/feed.xml", exchange -> {
            if (LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            exchange.sendResponseHeaders(200, FEED.length);
            exchange.getResponseBody().write(FEED);
        });

        FetchResponse first = fetcher.fetch(get(server.uri("/feed.xml")));
        FetchResponse second = fetcher.fetch(new FetchRequest(server.uri("/feed.xml"), Map.of(), first.etag(),
                first.lastModified(), ONE_MB));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(first.etag()).isNull();
        assertThat(second.notModified()).isTrue();
        assertThat(second.lastModified()).as("kept from the request when the 304 leaves it out")
                .isEqualTo(LAST_MODIFIED);
        assertThat(server.received()).extracting(r -> r.header("If-Modified-Since"))
                .containsExactly(null, LAST_MODIFIED);
        assertThat(server.received()).extracting(r -> r.header("If-None-Match")).containsOnlyNulls();
    }

    @Test
    void asksForGzipAndDeflateAndNamesNewsflowAsUserAgent() {
        server.serveBytes("/feed.xml", FEED, Map.of());

        fetcher.fetch(new FetchRequest(server.uri("/feed.xml"), Map.of("X-Api-Key", "wire-key-1"), null, null,
                ONE_MB));

        LocalHttpServer.Received request = server.received().get(0);
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(request.header("User-Agent")).contains("newsflow");
        assertThat(request.header("X-Api-Key")).isEqualTo("wire-key-1");
    }

    @Test
    void decompressesGzipBody() {
        server.serveBytes("/feed.xml", gzip(FEED), Map.of("Content-Encoding", "gzip"));

        FetchResponse response = fetcher.fetch(get(server.uri("/feed.xml")));

        assertThat(response.body()).isEqualTo(FEED);
    }

    @Test
    void decompressesZlibAndRawDeflateBodies() {
        server.serveBytes("/zlib.xml", zlib(FEED), Map.of("Content-Encoding", "deflate"));
        server.serveBytes("/raw.xml", rawDeflate(FEED), Map.of("Content-Encoding", "deflate"));

        assertThat(fetcher.fetch(get(server.uri("/zlib.xml"))).body()).isEqualTo(FEED);
        assertThat(fetcher.fetch(get(server.uri("/raw.xml"))).body()).isEqualTo(FEED);
    }

    /**
     * The bomb is cut off: 16 KB of gzip that would inflate to about 16 MB, with no end. Had the fetcher
     * tried to inflate it all, it would have run into the missing end and failed with bad-encoding.
     */
    @Test
    void rejectsGzipBombWithoutInflatingItAll() {
        byte[] bomb = truncatedGzipOfZeros(16 * 1024);
        server.serveBytes("/bomb.xml", bomb, Map.of("Content-Encoding", "gzip"));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(server.uri("/bomb.xml"))));

        assertThat(bomb.length).isLessThan((int) ONE_MB);
        assertThat(e.reason()).isEqualTo("decompression-bomb");
    }

    @Test
    void rejectsBodyWhoseContentLengthIsOverTheLimitBeforeReadingIt() {
        byte[] large = new byte[(int) ONE_MB + 1];
        server.serveBytes("/large.xml", large, Map.of());

        assertThatThrownBy(() -> fetcher.fetch(get(server.uri("/large.xml"))))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo("too-large");
                    assertThat(e.getMessage()).contains("Content-Length");
                });
    }

    /** The server would stream forever; only stopping at the limit ends the fetch with too-large. */
    @Test
    void stopsReadingAnUndeclaredBodyAsSoonAsItPassesTheLimit() {
        server.serve("/endless.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[16 * 1024];
            OutputStream body = exchange.getResponseBody();
            try {
                while (true) {
                    body.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // the fetcher closed the connection, which is the point
            }
        });

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(server.uri("/endless.xml"))));

        assertThat(e.reason()).isEqualTo("too-large");
    }

    @Test
    void followsRedirectsUpToTheConfiguredNumber() {
        server.redirect("/old", 301, "/moved").redirect("/moved", 302, "/again").redirect("/again", 307, "/feed.xml")
                .serveBytes("/feed.xml", FEED, Map.of());
        HttpFetcher threeRedirects = new HttpFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
                3, FetchSettings.DEFAULT_USER_AGENT), UrlPolicy::checkConfiguredUrl);

        FetchResponse response = threeRedirects.fetch(get(server.uri("/old")));

        assertThat(response.body()).isEqualTo(FEED);
        assertThat(response.finalUri()).isEqualTo(server.uri("/feed.xml"));
    }

    @Test
    void failsWithTooManyRedirectsBeyondTheConfiguredNumber() {
        server.redirect("/old", 301, "/moved").redirect("/moved", 302, "/again").redirect("/again", 307, "/feed.xml")
                .serveBytes("/feed.xml", FEED, Map.of());
        HttpFetcher twoRedirects = new HttpFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
                2, FetchSettings.DEFAULT_USER_AGENT), UrlPolicy::checkConfiguredUrl);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> twoRedirects.fetch(get(server.uri("/old"))));

        assertThat(e.reason()).isEqualTo("too-many-redirects");
        assertThat(server.received()).extracting(LocalHttpServer.Received::path)
                .containsExactly("/old", "/moved", "/again");
    }

    @Test
    void checksEveryRedirectHopAgainstThePolicy() {
        URI elsewhere = URI.create("http://localhost:" + server.port() + "/internal");
        server.redirect("/story", 302, elsewhere.toString()).serveBytes("/internal", FEED, Map.of());
        UrlPolicy policy = new UrlPolicy(List.of("127.0.0.1"), HostResolver.SYSTEM, true);
        HttpFetcher callerUrls = new HttpFetcher(settings, policy::checkCallerSuppliedUrl);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> callerUrls.fetch(get(server.uri("/story"))));

        assertThat(e.reason()).isEqualTo("host-not-allowed");
        assertThat(server.received()).extracting(LocalHttpServer.Received::path).containsExactly("/story");
    }

    @Test
    void keepsConfiguredHeadersOffRedirectsToAnotherOrigin() {
        URI otherOrigin = URI.create("http://localhost:" + server.port() + "/mirror.xml");
        server.redirect("/feed.xml", 302, otherOrigin.toString()).serveBytes("/mirror.xml", FEED, Map.of());

        fetcher.fetch(new FetchRequest(server.uri("/feed.xml"), Map.of("Authorization", "Bearer wire-secret"), null,
                null, ONE_MB));

        assertThat(server.received()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer wire-secret", null);
    }

    @Test
    void surfacesRetryAfterSecondsOfA429() {
        server.serve("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            exchange.sendResponseHeaders(429, -1);
        });

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(server.uri("/feed.xml"))));

        assertThat(e.reason()).isEqualTo("http-4xx");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void surfacesRetryAfterDateOfA503() {
        String inTenMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
        server.serve("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", inTenMinutes);
            exchange.sendResponseHeaders(503, -1);
        });

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(server.uri("/feed.xml"))));

        assertThat(e.reason()).isEqualTo("http-5xx");
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
    }

    @Test
    void reportsAClientErrorWithoutRetryAfter() {
        server.serve("/gone.xml", exchange -> exchange.sendResponseHeaders(404, -1));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(server.uri("/gone.xml"))));

        assertThat(e.reason()).isEqualTo("http-4xx");
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void givesUpOnAServerThatStallsMidBodyAtTheTotalTimeout() {
        server.serve("/slow.xml", exchange -> {
            exchange.sendResponseHeaders(200, FEED.length);
            exchange.getResponseBody().write(FEED, 0, 10);
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher impatient = new HttpFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofMillis(500)),
                UrlPolicy::checkConfiguredUrl);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> impatient.fetch(get(server.uri("/slow.xml"))));

        assertThat(e.reason()).isEqualTo("timeout");
    }

    @Test
    void reportsAServerThatIsNotListeningAsConnectFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(URI.create("http://127.0.0.1:" + closedPort + "/feed.xml"))));

        assertThat(e.reason()).isEqualTo("connect");
    }

    @Test
    void refusesNonHttpUrlsEvenFromConfiguration() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(get(URI.create("file:///etc/passwd"))));

        assertThat(e.reason()).isEqualTo("scheme-not-allowed");
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] rawDeflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, deflater)) {
            deflate.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /** The first {@code compressedBytes} of a gzip stream of zeros that never ends. */
    static byte[] truncatedGzipOfZeros(int compressedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024, true);
            byte[] zeros = new byte[1024 * 1024];
            while (out.size() < compressedBytes) {
                gzip.write(zeros);
                gzip.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(out.toByteArray(), compressedBytes);
    }
}
