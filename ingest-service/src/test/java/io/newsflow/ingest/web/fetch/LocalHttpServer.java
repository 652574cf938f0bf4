package io.newsflow.ingest.web.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (JDK {@code HttpServer}) serving what a test tells it to, and
 * remembering every request it received, so a test can check what was sent, and that nothing was.
 */
public final class LocalHttpServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Received(String method, String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public LocalHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code path} (and nothing below it) with {@code handler}, after recording the request. */
    public LocalHttpServer serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    copy(exchange.getRequestHeaders())));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    /** Serves a fixed body with status 200 and the given headers. */
    public LocalHttpServer serveBytes(String path, byte[] body, Map<String, String> headers) {
        return serve(path, exchange -> {
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        });
    }

    /** Answers {@code path} with a redirect to {@code location}. */
    public LocalHttpServer redirect(String path, int status, String location) {
        return serve(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** A file we wrote under src/test/resources. */
    public static byte[] resource(String path) {
        try (InputStream in = LocalHttpServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach(copy::put);
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
