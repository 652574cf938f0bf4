package io.newsflow.trends.article;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an enriched event's JSON into {@link EnrichedArticle}. Tolerant like every newsflow consumer: unknown
 * properties are ignored, and optional blocks (tone, sentiment, topics, geo) may be missing.
 */
public final class EnrichedArticleReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EnrichedArticleReader() {
    }

    /**
     * @param json    the record value
     * @param eventId the record's {@code ce_id} header, or null when it has none (then the content hash stands in)
     * @throws IllegalArgumentException when the value is not an enriched event
     */
    public static EnrichedArticle read(byte[] json, String eventId) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        String id = text(root, "id");
        JsonNode ninjs = root.path("ninjs");
        if (id == null || !ninjs.isObject()) {
            throw new IllegalArgumentException("not an enriched article event: no id or ninjs");
        }
        String pubStatus = text(ninjs, "pubStatus");
        boolean retracted = pubStatus != null
                && List.of("canceled", "withheld").contains(pubStatus.toLowerCase(Locale.ROOT));
        Instant versionCreated = instant(ninjs, "versionCreated");
        Instant firstCreated = instant(ninjs, "firstCreated");
        Instant receivedAt = instant(root, "receivedAt");
        Instant publishedAt = firstCreated != null ? firstCreated
                : versionCreated != null ? versionCreated
                : receivedAt != null ? receivedAt : Instant.EPOCH;
        String version = text(ninjs, "version");
        JsonNode source = root.path("source");
        String sourceId = text(source, "id");
        if (sourceId == null) {
            sourceId = id.contains(":") ? id.substring(0, id.indexOf(':')) : "unknown";
        }
        String sourceName = text(source, "name");
        JsonNode enrichment = root.path("enrichment");
        Double tone = enrichment.path("tone").has("score") ? enrichment.path("tone").path("score").asDouble() : null;
        String cleanedText = text(enrichment, "cleanedText");
        String effectiveEventId = eventId != null ? eventId
                : id + "/" + version + "/" + text(root, "contentHash");
        return new EnrichedArticle(id, effectiveEventId, version == null ? "1" : version, versionCreated, publishedAt,
                retracted, sourceId, sourceName == null ? sourceId : sourceName, headline(ninjs),
                cleanedText == null ? "" : cleanedText, tone, entities(enrichment), topics(enrichment),
                quotes(enrichment));
    }

    private static String headline(JsonNode ninjs) {
        JsonNode headlines = ninjs.path("headlines");
        for (JsonNode headline : headlines) {
            if ("main".equals(text(headline, "role"))) {
                return text(headline, "value");
            }
        }
        return headlines.isArray() && !headlines.isEmpty() ? text(headlines.get(0), "value") : "";
    }

    private static List<ArticleEntity> entities(JsonNode enrichment) {
        List<ArticleEntity> entities = new ArrayList<>();
        for (JsonNode entity : enrichment.path("entities")) {
            String type = text(entity, "type");
            String name = text(entity, "canonicalName");
            if (name == null || name.isBlank()) {
                continue;
            }
            JsonNode sentiment = entity.path("sentiment");
            entities.add(new ArticleEntity(EntityKeys.keyOf(text(entity, "key"), type, name),
                    type == null ? "MISC" : type, name, entity.path("salience").asDouble(0),
                    Math.max(1, entity.path("mentions").size()),
                    sentiment.has("score") ? sentiment.path("score").asDouble() : null, geo(entity.path("geo"))));
        }
        return List.copyOf(entities);
    }

    /**
     * The quotations whose speaker is one of the article's entities, under that entity's key as its trend counts it
     * (so the entity page finds them): found through {@code speakerId}, else the event's {@code speakerKey}.
     */
    private static List<ArticleQuote> quotes(JsonNode enrichment) {
        Map<String, Speaker> speakersById = new HashMap<>();
        for (JsonNode entity : enrichment.path("entities")) {
            String entityId = text(entity, "id");
            String name = text(entity, "canonicalName");
            if (entityId != null && name != null && !name.isBlank()) {
                speakersById.put(entityId, new Speaker(EntityKeys.keyOf(text(entity, "key"), text(entity, "type"),
                        name), name));
            }
        }
        List<ArticleQuote> quotes = new ArrayList<>();
        for (JsonNode quote : enrichment.path("quotes")) {
            String quoted = text(quote, "text");
            String speakerId = text(quote, "speakerId");
            Speaker speaker = speakerId == null ? null : speakersById.get(speakerId);
            String speakerKey = text(quote, "speakerKey");
            String speakerName = text(quote, "speakerName");
            if (quoted == null || quoted.isBlank()) {
                continue;
            }
            if (speaker != null) {
                quotes.add(new ArticleQuote(speaker.key(), speaker.name(), quoted));
            } else if (speakerKey != null && !speakerKey.isBlank() && speakerName != null) {
                quotes.add(new ArticleQuote(speakerKey.strip(), speakerName, quoted));
            }
        }
        return List.copyOf(quotes);
    }

    private record Speaker(String key, String name) {
    }

    /** The entity's place on the map, or null when it has none or it lacks a kind, a country or coordinates. */
    private static PlaceGeo geo(JsonNode geo) {
        String kind = text(geo, "kind");
        String countryCode = text(geo, "countryCode");
        JsonNode latitude = geo.path("latitude");
        JsonNode longitude = geo.path("longitude");
        if (kind == null || countryCode == null || !latitude.isNumber() || !longitude.isNumber()
                || Math.abs(latitude.asDouble()) > 90 || Math.abs(longitude.asDouble()) > 180) {
            return null;
        }
        return new PlaceGeo(kind.toLowerCase(Locale.ROOT), countryCode.toUpperCase(Locale.ROOT), latitude.asDouble(),
                longitude.asDouble());
    }

    private static List<ArticleTopic> topics(JsonNode enrichment) {
        List<ArticleTopic> topics = new ArrayList<>();
        for (JsonNode topic : enrichment.path("topics")) {
            String qcode = text(topic, "qcode");
            if (qcode != null) {
                String label = text(topic, "label");
                topics.add(new ArticleTopic(qcode, label == null ? qcode : label));
            }
        }
        return List.copyOf(topics);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notOffset) {
                return null;
            }
        }
    }
}
