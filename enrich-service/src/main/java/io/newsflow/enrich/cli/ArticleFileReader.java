package io.newsflow.enrich.cli;

import io.newsflow.common.article.ArticleJsonReader;
import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the content of one input file into raw article events, with the same readers ingest-service uses
 * for HTTP push: a JSON object is a ninjs item or a simple article, a JSON array or an {@code .ndjson} /
 * {@code .jsonl} file holds several, anything else is text copied from an article page.
 */
public final class ArticleFileReader {
    private final RawArticleFactory factory = new RawArticleFactory(Clock.systemUTC(), ArticleLimits.DEFAULTS);
    private final ArticleJsonReader jsonReader = new ArticleJsonReader(factory);

    public List<RawArticleEvent> read(String name, byte[] content, String sourceId) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = text.strip();
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            List<RawArticleEvent> events = new ArrayList<>();
            for (String line : trimmed.split("\\R")) {
                if (!line.isBlank()) {
                    events.add(jsonReader.read(line.getBytes(StandardCharsets.UTF_8), sourceId));
                }
            }
            return events;
        }
        if (trimmed.startsWith("[")) {
            List<RawArticleEvent> events = new ArrayList<>();
            for (JsonNode item : EventJson.mapper().readTree(trimmed)) {
                events.add(jsonReader.read(EventJson.mapper().writeValueAsBytes(item), sourceId));
            }
            return events;
        }
        if (trimmed.startsWith("{")) {
            return List.of(jsonReader.read(trimmed.getBytes(StandardCharsets.UTF_8), sourceId));
        }
        return List.of(factory.fromPlainText(text, sourceId));
    }
}
