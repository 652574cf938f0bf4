package io.newsflow.ingest.api;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.IngestServiceWithKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static io.newsflow.ingest.IngestClient.json;
import static io.newsflow.ingest.api.ArticlePushApiTest.article;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are not what they claim to be, each sent as exactly the bytes described: text that is not
 * text, limits every input form must hold, and error answers that must all be problem+json with a type.
 * Nothing a refused request carries may reach the raw topic.
 */
@IngestServiceWithKafka
class HostileRequestsApiTest extends PushApiTest {
    private static final String ARTICLES = "/api/v1/articles";
    private static final String BATCH = "/api/v1/articles/batch";
    private static final String BODY = "The harbour ferry returned to service on Monday after a month of repairs.";

    @Autowired
    MeterRegistry registry;

    /** {@code newsflow_ingest_articles_rejected_total{reason}} as it stands. */
    private double rejected(String reason) {
        Counter counter = registry.find(IngestMetrics.REJECTED).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The problem's {@code detail} names every violation's field: no "Article rejected:  (rule)". */
    private static void assertDetailNamesTheField(HttpResponse<String> response, String field) {
        assertThat(json(response).get("detail").asString()).startsWith("Article rejected: " + field + " (")
                .doesNotContain("  ");
    }

    private HttpResponse<String> refused(Supplier<HttpResponse<String>> request) {
        long before = topic.totalEndOffset();
        HttpResponse<String> response = request.get();
        assertThat(topic.totalEndOffset()).as("records on the topic after a refused request").isEqualTo(before);
        return response;
    }

    /** The problem's violation for {@code field}, after checking the problem+json form. */
    private static JsonNode violation(HttpResponse<String> response, int status, String field, String rule) {
        JsonNode problem = problem(response, status);
        return problem.get("violations").valueStream()
                .filter(v -> v.get("field").asString().equals(field) && v.get("rule").asString().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no violation " + field + " " + rule + " in "
                        + response.body()));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString("")).as(response.body()).startsWith("urn:newsflow:problem:");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("violations").isArray()).as(response.body()).isTrue();
        return problem;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    // 1. Text that is not text

    @Test
    void refusesALoneHighSurrogateInJson() {
        String json = "{\"headline\": \"Ferry \\ud800 returns\", \"body\": \"" + BODY + "\"}";

        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "application/json", json));

        assertThat(violation(response, 400, "headline", "unpaired-surrogate").get("offset").asInt()).isEqualTo(6);
    }

    @Test
    void refusesALoneLowSurrogateInAJsonBody() {
        String json = "{\"headline\": \"Ferry returns\", \"body\": \"Repairs \\udc00 done. " + BODY + "\"}";

        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "application/json", json));

        assertThat(violation(response, 400, "body", "unpaired-surrogate").get("offset").asInt()).isEqualTo(8);
    }

    @Test
    void refusesALoneSurrogateInANinjsItem() {
        String json = "{\"uri\": \"https://wire.example.com/1\", \"headlines\": [{\"value\": \"Ferry returns\"}], "
                + "\"bodies\": [{\"value\": \"\\udc00" + BODY + "\"}]}";

        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "application/vnd.iptc.ninjs+json",
                json));

        assertThat(violation(response, 400, "/bodies/0/value", "unpaired-surrogate").get("offset").asInt())
                .isEqualTo(0);
    }

    @Test
    void refusesAnEscapedNulInJson() {
        String json = "{\"headline\": \"Ferry returns\", \"body\": \"NUL\\u0000 " + BODY + "\"}";

        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "application/json", json));

        assertThat(violation(response, 400, "body", "control-character").get("offset").asInt()).isEqualTo(3);
    }

    @Test
    void refusesARawNulByteInPlainText() {
        byte[] text = concat(bytes("Ferry returns\n\nThe ferry"), new byte[]{0}, bytes(" returned. " + BODY));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain; charset=utf-8", text));

        assertThat(violation(response, 400, "body", "control-character").get("offset").asInt()).isEqualTo(24);
        assertDetailNamesTheField(response, "body");
    }

    @Test
    void namesTheHeadlineForAControlCharacterOnThePlainTextsFirstLine() {
        // The issue's bytes: "Port volumes rise\n\nB NUL" with the NUL on the first line instead.
        byte[] text = concat(bytes("Port volumes"), new byte[]{0}, bytes(" rise\n\n" + BODY + "\n"));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain", text));

        JsonNode violation = violation(response, 400, "headline", "control-character");
        assertThat(violation.get("offset").asInt()).isEqualTo(12);
        assertThat(violation.get("message").asString()).contains("at offset 12 of the text");
        assertDetailNamesTheField(response, "headline");
    }

    @Test
    void refusesOtherC0ControlsButKeepsTabsAndLineBreaks() {
        byte[] escape = concat(bytes("Ferry returns\r\n\r\n\tThe ferry"), new byte[]{0x1b}, bytes("[31m " + BODY));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain", escape));

        assertThat(violation(response, 400, "body", "control-character").get("offset").asInt()).isEqualTo(27);
        assertDetailNamesTheField(response, "body");
    }

    @Test
    void refusesTheOverlongUtf8SlashInJson() {
        byte[] json = concat(bytes("{\"headline\": \"Ferry "), new byte[]{(byte) 0xC0, (byte) 0xAF},
                bytes(" returns\", \"body\": \"" + BODY + "\"}"));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "application/json", json));

        assertThat(violation(response, 400, "(request body)", "utf-8").get("offset").asInt()).isEqualTo(20);
        assertDetailNamesTheField(response, "(request body)");
    }

    @Test
    void refusesTheOverlongUtf8SlashInPlainText() {
        byte[] text = concat(bytes("Ferry returns\n\nRepairs "), new byte[]{(byte) 0xC0, (byte) 0xAF},
                bytes(" done. " + BODY));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain", text));

        assertThat(violation(response, 400, "body", "charset").get("offset").asInt()).isEqualTo(23);
        assertDetailNamesTheField(response, "body");
    }

    @Test
    void namesTheHeadlineForBytesThatAreNotUtf8OnThePlainTextsFirstLine() {
        byte[] text = concat(bytes("Ferry "), new byte[]{(byte) 0xC0, (byte) 0xAF}, bytes(" returns\n\n" + BODY));

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain; charset=utf-8", text));

        assertThat(violation(response, 400, "headline", "charset").get("offset").asInt()).isEqualTo(6);
        assertDetailNamesTheField(response, "headline");
    }

    @Test
    void refusesTheOverlongUtf8SlashInABatchLine() {
        byte[] batch = concat(bytes("{\"headline\": \"Ferry "), new byte[]{(byte) 0xC0, (byte) 0xAF},
                bytes(" returns\", \"body\": \"" + BODY + "\"}\n"));

        HttpResponse<String> response = refused(() -> client.postBytes(BATCH, "application/x-ndjson", batch));

        assertThat(violation(response, 400, "lines[1]", "utf-8").get("offset").asInt()).isEqualTo(20);
    }

    @Test
    void namesEachBatchLineAndItsFieldTheSameWay() {
        byte[] batch = concat(bytes("{\"headline\": \"Ferry returns\", \"body\": \"" + BODY + "\"}\n"),
                bytes("{\"headline\": \"NUL \\u0000\", \"body\": \"" + BODY + "\"}\n"),
                bytes("{\"headline\": \"Ferry "), new byte[]{(byte) 0xC0, (byte) 0xAF},
                bytes(" returns\", \"body\": \"" + BODY + "\"}\n"),
                bytes("{\"headline\": \"Ferry returns\", \"body\": \"Repairs \\udc00 " + BODY + "\"}\n"));

        HttpResponse<String> response = client.postBytes(BATCH, "application/x-ndjson", batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
        HttpResponse<String> refusedLines = refused(() -> client.postBytes(BATCH, "application/x-ndjson",
                Arrays.copyOfRange(batch, bytes("{\"headline\": \"Ferry returns\", \"body\": \"" + BODY
                        + "\"}\n").length, batch.length)));
        JsonNode problem = problem(refusedLines, 400);
        assertThat(problem.get("violations").valueStream()
                .map(v -> v.get("field").asString() + " " + v.get("rule").asString() + " " + v.get("offset").asInt())
                .toList()).containsExactly("lines[1].headline control-character 4", "lines[2] utf-8 20",
                "lines[3].body unpaired-surrogate 8");
        assertThat(problem.get("detail").asString()).doesNotContain("  ");
    }

    @Test
    void refusesBinaryGarbageDeclaredIso88591() {
        byte[] garbage = new byte[4096];
        new Random(15).nextBytes(garbage);

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain; charset=iso-8859-1",
                garbage));

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("violations").get(0).get("field").asString()).isIn("headline", "body");
        assertThat(problem.get("violations").get(0).get("rule").asString()).isEqualTo("not-text");
    }

    @Test
    void namesTheHeadlineForTheIssuesBinaryGarbage() throws IOException {
        // The issue's 2,048 bytes (Python random.seed(15)), declared ISO-8859-1: the first character no text
        // holds is at offset 1, on the first line.
        byte[] garbage;
        try (InputStream in = getClass().getResourceAsStream("/hostile/binary-2048-python-seed15.bin")) {
            garbage = in.readAllBytes();
        }

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain; charset=iso-8859-1",
                garbage));

        assertThat(violation(response, 400, "headline", "not-text").get("offset").asInt()).isEqualTo(1);
        assertDetailNamesTheField(response, "headline");
    }

    @Test
    void refusesBinaryGarbageWithoutControlCharactersByItsShareOfLetters() {
        // Digits, punctuation and Latin-1 symbols only: every character is printable, none makes words.
        byte[] alphabet = bytes("0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ");
        byte[] symbols = new byte[0xBF - 0xA1 + 1];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = (byte) (0xA1 + i);
        }
        byte[] pool = concat(alphabet, symbols);
        byte[] garbage = new byte[4096];
        Random random = new Random(15);
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = pool[random.nextInt(pool.length)];
        }

        HttpResponse<String> response = refused(() -> client.postBytes(ARTICLES, "text/plain; charset=iso-8859-1",
                garbage));

        violation(response, 400, "body", "not-text");
        assertDetailNamesTheField(response, "body");
    }

    @Test
    void acceptsLatin1NewsTextDeclaredIso88591() {
        byte[] text = ("Fähre fährt wieder\n\nDie Fähre über die Förde fährt nach einem Monat Reparaturen seit "
                + "Montag wieder nach Fahrplan, teilte der Betreiber mit. Fahrgäste nutzten bis dahin Busse.")
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = client.postBytes(ARTICLES, "text/plain; charset=iso-8859-1", text);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void keepsZeroWidthAndBidirectionalControlsAsSent() {
        // ZWNJ spells Persian words, ZWJ joins emoji, RLM/LRM and isolates order mixed-direction text:
        // all are part of the text a publisher wrote (docs: "Text rules").
        String headline = "Ferry\u200b returns to \u2067\u05d7\u05d9\u05e4\u05d4\u2069 \u200f";
        String body = "\u202bمی\u200cخواهم\u202c " + BODY + " \u200d\u2060";
        HttpResponse<String> response = client.post(ARTICLES, "application/json",
                simpleJson(article(headline, body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        RawArticleEvent event = EventJson.mapper().readValue(
                topic.recordAt(answer.get("partition").asInt(), answer.get("offset").asLong()).value(),
                RawArticleEvent.class);
        assertThat(event.ninjs().mainHeadline()).isEqualTo(headline.strip());
        assertThat(event.ninjs().mainBody().value()).isEqualTo(body.strip());
    }

    // 2. The limits hold for every content type

    @Test
    void refusesAPlainTextFirstLineOverTheHeadlineLimitInsteadOfCuttingIt() {
        // 4,999 characters: over the headline limit, under this context's body and request limits (the issue's
        // 100,000 under the default limits is RawArticleFactoryTest's).
        String firstLine = "word ".repeat(1_000).strip();
        String text = firstLine + "\n\n" + BODY;

        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "text/plain", text));

        JsonNode violation = violation(response, 400, "headline", "max-length");
        assertThat(violation.get("message").asString()).contains(Integer.toString(firstLine.length()));
    }

    // 3. One error form

    @Test
    void answersAnUnknownPathWithAProblem() {
        HttpResponse<String> response = client.get("/api/v1/nothing-here");

        JsonNode problem = problem(response, 404);
        assertThat(problem.get("detail").asString()).isEqualTo("Nothing answers GET /api/v1/nothing-here; articles "
                + "are pushed with POST /api/v1/articles or POST /api/v1/articles/batch (README, \"The HTTP push API\")");
    }

    @Test
    void answersAnUnsupportedMethodWithAProblem() {
        HttpResponse<String> response = client.send("PUT", ARTICLES, "application/json",
                simpleJson(article("Ferry returns", BODY)));

        JsonNode problem = problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("POST"));
        assertThat(problem.get("detail").asString()).isEqualTo("PUT is not accepted here; use POST");
    }

    @Test
    void answersABadQueryParameterWithAProblemNamingIt() {
        double before = rejected("invalid-request");

        HttpResponse<String> response = refused(() -> client.post(ARTICLES + "?fetchPage=perhaps",
                "application/json", simpleJson(article("Ferry returns", BODY))));

        violation(response, 400, "fetchPage", "boolean");
        assertThat(json(response).get("detail").asString())
                .isEqualTo("Query parameter 'fetchPage' is 'perhaps', which is not a boolean; send true or false");
        assertThat(rejected("invalid-request")).as("rejected_total{reason=invalid-request}").isEqualTo(before + 1);
    }

    @Test
    void answersAnUnknownCharsetNamingIt() {
        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "text/plain; charset=klingon",
                "Ferry returns\n\n" + BODY));

        JsonNode violation = violation(response, 400, "Content-Type", "charset");
        assertThat(violation.get("message").asString()).contains("klingon");
    }

    @Test
    void answersAnUnparseableMediaTypeNamingIt() {
        HttpResponse<String> response = refused(() -> client.post(ARTICLES, "text/", "Ferry returns\n\n" + BODY));

        JsonNode violation = violation(response, 400, "Content-Type", "media-type");
        assertThat(violation.get("message").asString()).contains("'text/'");
    }

    @Test
    void answersABatchWithEveryLineInvalid400() {
        String batch = "{\"headline\": \"No body\"}\n{\"body\": \"No headline\"}\nnot json\n";

        HttpResponse<String> response = refused(() -> client.post(BATCH, "application/x-ndjson", batch));

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("lines").valueStream().map(line -> line.get("line").asInt()).toList())
                .containsExactly(1, 2, 3);
        assertThat(problem.get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .contains("lines[1].body", "lines[2].headline");
    }

    @Test
    void answersAStalledBodyWithAProblem() throws IOException {
        long before = topic.totalEndOffset();
        double rejectedBefore = rejected("request-timeout");
        String head = "POST " + ARTICLES + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 4000\r\nConnection: close\r\n\r\nFerry returns\n\nThe ferry";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Then nothing more: the server's read timeout (IngestServiceWithKafka) must end the request.
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            JsonNode problem = EventJson.mapper().readTree(dechunk(body));
            assertThat(problem.get("type").asString()).isEqualTo("urn:newsflow:problem:request-timeout");
            assertThat(problem.get("status").asInt()).isEqualTo(408);
        }
        assertThat(topic.totalEndOffset()).isEqualTo(before);
        assertThat(rejected("request-timeout")).as("rejected_total{reason=request-timeout}")
                .isEqualTo(rejectedBefore + 1);
    }

    /** The body of a chunked answer, or the text as it is when it is not chunked. */
    private static String dechunk(String body) {
        if (body.startsWith("{")) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        List<String> lines = Arrays.asList(body.split("\r\n"));
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            if (Integer.parseInt(lines.get(i).strip(), 16) == 0) {
                break;
            }
            joined.append(lines.get(i + 1));
        }
        return joined.toString();
    }
}
