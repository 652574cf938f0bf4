package io.newsflow.ingest.feeds.format;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Feeds that try to make the parser read a file, reach a URL or expand entities without bound are refused
 * before anything is resolved. A real HTTP server stands where an attacker's server would, and records
 * every request it gets.
 */
class HostileXmlTest {
    private static final String SECRET = "newsflow-secret-7f3a9c";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer attacker;
    private String attackerUrl;

    @BeforeEach
    void startAttackerServer() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = ("<!ENTITY leaked \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        attackerUrl = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/evil";
    }

    @AfterEach
    void stopAttackerServer() {
        attacker.stop(0);
    }

    @Test
    void rejectsExternalEntityPointingAtAUrlWithoutRequestingIt() {
        byte[] feed = withTarget("xxe-external-entity-rss.xml", attackerUrl);

        assertRefusedAsDoctype(() -> new RssParser().parse(feed, null));
        assertThat(requests).isEmpty();
        assertTheAttackerServerRecordsWhatReachesIt();
    }

    @Test
    void rejectsExternalEntityPointingAtALocalFileWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        byte[] feed = withTarget("xxe-external-entity-rss.xml", secretFile.toUri().toString());

        Throwable refused = catchRefusal(() -> new RssParser().parse(feed, null));

        assertThat(((FeedFormatException) refused).reason()).isEqualTo("doctype-forbidden");
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
        }
    }

    @Test
    void rejectsParameterEntityThatWouldLoadARemoteDtdWithoutRequestingIt() {
        byte[] feed = withTarget("xxe-parameter-entity-atom.xml", attackerUrl);

        assertRefusedAsDoctype(() -> new AtomParser().parse(feed, null));
        assertThat(requests).isEmpty();
    }

    @Test
    void rejectsAnExternalDtdWithoutRequestingIt() {
        byte[] feed = withTarget("external-dtd-newsml.xml", attackerUrl);

        assertRefusedAsDoctype(() -> new NewsMlG2Parser().parse(feed, null));
        assertThat(requests).isEmpty();
    }

    @Test
    void rejectsBillionLaughsWithoutExpandingIt() {
        byte[] feed = FeedFixtures.bytes("hostile/billion-laughs-rss.xml");

        assertRefusedAsDoctype(() -> new RssParser().parse(feed, null));
    }

    @ParameterizedTest
    @EnumSource(value = FeedFormat.class, names = {"AUTO", "RSS", "ATOM", "NEWSML_G2"})
    void everyXmlParserRefusesADoctypeAndRequestsNothing(FeedFormat format) {
        for (String file : List.of("xxe-external-entity-rss.xml", "xxe-parameter-entity-atom.xml",
                "external-dtd-newsml.xml")) {
            byte[] feed = withTarget(file, attackerUrl);
            assertRefusedAsDoctype(() -> FeedParsers.forFormat(format).parse(feed, "application/xml"));
        }
        assertRefusedAsDoctype(() -> FeedParsers.forFormat(format)
                .parse(FeedFixtures.bytes("hostile/billion-laughs-rss.xml"), null));
        assertThat(requests).isEmpty();
    }

    @Test
    void refusesAnEntityXmlDoesNotPredefineEvenWithoutADoctype() {
        byte[] feed = "<rss version=\"2.0\"><channel><item><title>&nbsp;x</title></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new RssParser().parse(feed, null))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("not-xml"));
    }

    @Test
    void refusesNestingDeeperThanAnyFeedNeeds() {
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 1) + "</a>".repeat(SecureXml.MAX_DEPTH + 1);

        assertThatThrownBy(() -> SecureXml.parse(deep))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("too-deeply-nested"));
    }

    @Test
    void refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> new RssParser().parse("<rss><channel></rss>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.reason()).isEqualTo("not-xml"));
    }

    /** Without this, an empty request log could also mean a server that never saw anything. */
    private void assertTheAttackerServerRecordsWhatReachesIt() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(attackerUrl)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("The attacker server could not be reached to check its request log", e);
        }
        assertThat(requests).containsExactly("/evil");
    }

    private static byte[] withTarget(String fixture, String target) {
        String text = new String(FeedFixtures.bytes("hostile/" + fixture), StandardCharsets.UTF_8);
        return text.replace("TARGET", target).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefusedAsDoctype(Runnable parse) {
        assertThat(catchRefusal(parse)).isInstanceOfSatisfying(FeedFormatException.class,
                e -> assertThat(e.reason()).isEqualTo("doctype-forbidden"));
    }

    private static Throwable catchRefusal(Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("The hostile feed was parsed instead of refused");
    }
}
