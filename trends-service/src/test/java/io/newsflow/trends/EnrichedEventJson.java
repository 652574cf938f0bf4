package io.newsflow.trends;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes enriched events as enrich-service does (the fields of docs/event-contract.md that trends-service reads),
 * for tests that produce them to the broker.
 */
public final class EnrichedEventJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ObjectNode root = MAPPER.createObjectNode();
    private final ObjectNode ninjs = root.putObject("ninjs");
    private final ObjectNode enrichment = root.putObject("enrichment");
    private final ArrayNode entities = enrichment.putArray("entities");
    private final ArrayNode topics = enrichment.putArray("topics");
    private int nextEntity = 1;

    private EnrichedEventJson(String id, String version, Instant firstCreated) {
        root.put("id", id);
        ninjs.put("uri", "urn:test:" + id);
        ninjs.put("type", "text");
        ninjs.put("version", version);
        ninjs.put("firstCreated", firstCreated.toString());
        ninjs.put("versionCreated", firstCreated.plusSeconds(60L * Integer.parseInt(version)).toString());
        ninjs.put("pubStatus", "usable");
        ObjectNode source = root.putObject("source");
        source.put("id", id.substring(0, id.indexOf(':')));
        source.put("name", id.substring(0, id.indexOf(':')));
        root.put("receivedAt", firstCreated.toString());
        root.put("contentHash", Integer.toHexString((id + version).hashCode()));
        enrichment.put("pipelineVersion", "newsflow-enrich/test");
    }

    public static EnrichedEventJson article(String id, String version, Instant firstCreated) {
        return new EnrichedEventJson(id, version, firstCreated);
    }

    public EnrichedEventJson text(String headline, String body) {
        ninjs.putArray("headlines").addObject().put("role", "main").put("value", headline);
        ninjs.putArray("bodies").addObject().put("role", "text").put("contentType", "text/plain").put("value", body);
        enrichment.put("cleanedText", headline + "\n\n" + body);
        return this;
    }

    public EnrichedEventJson retracted() {
        ninjs.put("pubStatus", "canceled");
        enrichment.putArray("stagesRun").add("retraction-passthrough");
        entities.removeAll();
        topics.removeAll();
        enrichment.remove("quotes");
        return this;
    }

    public EnrichedEventJson entity(String type, String name, int mentions, double sentiment) {
        ObjectNode entity = entities.addObject();
        entity.put("id", "E" + nextEntity++);
        entity.put("type", type);
        entity.put("canonicalName", name);
        entity.put("salience", 0.1);
        ArrayNode mentionArray = entity.putArray("mentions");
        for (int i = 0; i < mentions; i++) {
            mentionArray.addObject().put("start", i).put("end", i + 1).put("text", name).put("sentence", 0);
        }
        entity.putObject("sentiment").put("score", sentiment).put("label", "neutral");
        return this;
    }

    /** A LOCATION entity the {@code places} stage located: {@code geo} as in docs/event-contract.md. */
    public EnrichedEventJson place(String name, int mentions, String kind, String countryCode, double latitude,
                                   double longitude) {
        entity("LOCATION", name, mentions, 0.0);
        ObjectNode geo = ((ObjectNode) entities.get(entities.size() - 1)).putObject("geo");
        geo.put("name", name).put("kind", kind).put("countryCode", countryCode)
                .put("latitude", latitude).put("longitude", longitude);
        return this;
    }

    /**
     * A quotation by an entity added before (by its canonical name), as the {@code quotes} stage writes it: in
     * {@code enrichment.quotes} with the speaker's entity id and name, and its index in the entity's {@code quotes}.
     */
    public EnrichedEventJson quote(String speakerName, String text) {
        ArrayNode quotes = enrichment.has("quotes") ? (ArrayNode) enrichment.get("quotes") : enrichment.putArray("quotes");
        for (int i = 0; i < entities.size(); i++) {
            ObjectNode entity = (ObjectNode) entities.get(i);
            if (speakerName.equals(entity.get("canonicalName").asString())) {
                int index = quotes.size();
                quotes.addObject().put("index", index).put("start", 0).put("end", text.length()).put("text", text)
                        .put("speakerId", entity.get("id").asString()).put("speakerName", speakerName)
                        .put("attribution", "named");
                (entity.has("quotes") ? (ArrayNode) entity.get("quotes") : entity.putArray("quotes")).add(index);
                return this;
            }
        }
        throw new IllegalArgumentException("no entity " + speakerName + " to quote");
    }

    public EnrichedEventJson topic(String qcode, String label) {
        topics.addObject().put("qcode", qcode).put("label", label).put("level", 1)
                .put("relevance", 0.5).put("confidence", 0.9);
        return this;
    }

    public EnrichedEventJson tone(double score) {
        enrichment.putObject("tone").put("score", score).put("label", "neutral");
        return this;
    }

    public String id() {
        return root.get("id").asString();
    }

    public byte[] bytes() {
        return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
