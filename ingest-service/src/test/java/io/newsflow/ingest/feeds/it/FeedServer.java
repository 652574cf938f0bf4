package io.newsflow.ingest.feeds.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 serving the documents a test puts on it, as a wire provider's server
 * would: with ETag and Last-Modified (answering a matching conditional GET with 304), or without either,
 * gzip-encoded, or failing with a status. Every request is logged, so a test can see what the service
 * asked for and what it got.
 */
final class FeedServer implements AutoCloseable {

    /** One request as the server saw it, and the status it answered. */
    record Request(Instant at, String path, String ifNoneMatch, String ifModifiedSince, String authorization,
                   int status) {
    }

    /** What a path serves. */
    record Document(byte[] body, String contentType, boolean validators, boolean gzip, int status,
                    String retryAfter) {

        static Document of(byte[] body, String contentType) {
            return new Document(body, contentType, true, false, 200, null);
        }

        Document withoutValidators() {
            return new Document(body, contentType, false, gzip, status, retryAfter);
        }

        /** Sends the body gzip-encoded; {@code body} is then the already compressed bytes. */
        Document gzipEncoded() {
            return new Document(body, contentType, validators, true, status, retryAfter);
        }

        static Document failing(int status, String retryAfter) {
            return new Document(new byte[0], "text/plain", false, false, status, retryAfter);
        }
    }

    private final HttpServer server;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code document} at {@code path} from now on; a changed document gets a new ETag. */
    void put(String path, Document document) {
        documents.put(path, document);
        versions.merge(path, 1, Integer::sum);
    }

    void put(String path, String body, String contentType) {
        put(path, Document.of(body.getBytes(StandardCharsets.UTF_8), contentType));
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    long answered(String path, int status) {
        return requests(path).stream().filter(r -> r.status() == status).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant at = Instant.now();
            String path = exchange.getRequestURI().getPath();
            Document document = documents.get(path);
            String etag = "\"v" + versions.getOrDefault(path, 0) + "\"";
            String lastModified = "Tue, 0" + Math.min(9, versions.getOrDefault(path, 0)) + " Apr 2024 10:00:00 GMT";
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            int status;
            if (document == null) {
                status = 404;
                exchange.sendResponseHeaders(status, -1);
            } else if (document.status() != 200) {
                status = document.status();
                if (document.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", document.retryAfter());
                }
                exchange.sendResponseHeaders(status, -1);
            } else if (document.validators() && (etag.equals(ifNoneMatch)
                    || (ifNoneMatch == null && lastModified.equals(ifModifiedSince)))) {
                status = 304;
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(status, -1);
            } else {
                status = 200;
                exchange.getResponseHeaders().set("Content-Type", document.contentType());
                if (document.validators()) {
                    exchange.getResponseHeaders().set("ETag", etag);
                    exchange.getResponseHeaders().set("Last-Modified", lastModified);
                }
                if (document.gzip()) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.sendResponseHeaders(status, document.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(document.body());
                }
            }
            requests.add(new Request(at, path, ifNoneMatch, ifModifiedSince,
                    exchange.getRequestHeaders().getFirst("Authorization"), status));
        }
    }

    /** A resource of this test folder, as text. */
    static String fixture(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/poll/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture feeds/poll/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} bytes of spaces gzip-compressed: a few kilobytes that inflate to {@code length}. */
    static byte[] gzipBomb(int length) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < length; written += chunk.length) {
                gzip.write(chunk, 0, Math.min(chunk.length, length - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
