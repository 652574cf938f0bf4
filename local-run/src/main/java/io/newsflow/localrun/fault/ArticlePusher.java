package io.newsflow.localrun.fault;

import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Pushes article number i of a run to ingest-service; article i always has the same text, so a resend is the
 * same version. Remembers which numbers were acknowledged ({@code 202}, or {@code 200} with {@code "duplicate": true}
 * for a resend of a version already in Kafka; with the article id ingest gave) and when the last acknowledgement
 * came. fault-run pushes short {@code text/plain} bulletins; load-run pushes its own articles through the public
 * constructor.
 */
public final class ArticlePusher {
    static final String SOURCE = "faultrun";

    private final URI endpoint;
    private final String contentType;
    private final IntFunction<String> article;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Integer, String> acked = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastAck = new AtomicReference<>(Instant.EPOCH);

    ArticlePusher(URI ingestBase, String runId) {
        this(ingestBase, SOURCE, "text/plain; charset=utf-8", number -> "Harbour bulletin " + number
                + " of fault run " + runId + "\n\n"
                + "The Port of Lisbon reopened on Tuesday after a strike by dockworkers, the harbour authority in "
                + "Lisbon said. Ferries to Barreiro resumed in the afternoon. Bulletin " + number + ".");
    }

    /**
     * @param source      the source id the articles are pushed under (their ids start with it and a colon)
     * @param contentType the media type of what {@code article} returns
     * @param article     the body pushed for an article number; the same for the same number
     */
    public ArticlePusher(URI ingestBase, String source, String contentType, IntFunction<String> article) {
        this.endpoint = ingestBase.resolve("/api/v1/articles?source=" + source);
        this.contentType = contentType;
        this.article = article;
    }

    /** @return true when ingest acknowledged the article; false for any other answer or none */
    public boolean push(int number) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(15))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(article.apply(number), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.statusCode() / 100 == 2 ? EventJson.mapper().readTree(response.body()) : null;
            boolean inKafka = answer != null && (response.statusCode() == 202
                    || response.statusCode() == 200 && answer.path("duplicate").asBoolean());
            if (!inKafka) {
                return false;
            }
            acked.put(number, answer.path("id").asString());
            lastAck.set(Instant.now());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException unreadableAnswer) {
            return false;
        }
    }

    public Map<Integer, String> acked() {
        return Map.copyOf(acked);
    }

    public boolean isAcked(int number) {
        return acked.containsKey(number);
    }

    public int ackedCount() {
        return acked.size();
    }

    Optional<Instant> lastAck() {
        Instant last = lastAck.get();
        return last.equals(Instant.EPOCH) ? Optional.empty() : Optional.of(last);
    }
}
