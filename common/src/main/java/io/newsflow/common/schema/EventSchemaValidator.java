package io.newsflow.common.schema;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks serialised newsflow events against the whole event contract: the envelope against newsflow's
 * schema ({@code schemas/raw-article-event.schema.json} or {@code schemas/enriched-article-event.schema.json}),
 * the {@code ninjs} part against the official IPTC ninjs 3.1 schema (violations there are reported under
 * {@code /ninjs}), and the cross-field rules JSON Schema cannot state (id prefix, span order and bounds,
 * mention text, sentence references).
 * <p>
 * Meant for every test that produces an event: {@code validator.assertValidRaw(json)} fails with all
 * violations listed. Instances are cheap and thread-safe; the schemas are built once per JVM.
 */
public final class EventSchemaValidator {
    private static final String RAW = "RawArticleEvent";
    private static final String ENRICHED = "EnrichedArticleEvent";

    private final BundledSchemas schemas = BundledSchemas.get();
    private final CrossFieldRules crossFieldRules = new CrossFieldRules();

    /** Every violation of a raw article event, each as {@code field: message [rule]}; empty when valid. */
    public List<String> validateRaw(String json) {
        return asText(checkRaw(json));
    }

    /** Every violation of an enriched article event, each as {@code field: message [rule]}; empty when valid. */
    public List<String> validateEnriched(String json) {
        return asText(checkEnriched(json));
    }

    /** Every violation of a raw article event; empty when valid. */
    public List<SchemaViolation> checkRaw(String json) {
        return check(json, RAW);
    }

    /** Every violation of an enriched article event; empty when valid. */
    public List<SchemaViolation> checkEnriched(String json) {
        return check(json, ENRICHED);
    }

    /** @throws InvalidEventException listing every violation, unless the raw article event is valid */
    public void assertValidRaw(String json) {
        throwIfAny(RAW, checkRaw(json));
    }

    /** As {@link #assertValidRaw(String)}, for a Kafka record value. */
    public void assertValidRaw(byte[] json) {
        assertValidRaw(new String(json, StandardCharsets.UTF_8));
    }

    /** @throws InvalidEventException listing every violation, unless the enriched article event is valid */
    public void assertValidEnriched(String json) {
        throwIfAny(ENRICHED, checkEnriched(json));
    }

    /** As {@link #assertValidEnriched(String)}, for a Kafka record value. */
    public void assertValidEnriched(byte[] json) {
        assertValidEnriched(new String(json, StandardCharsets.UTF_8));
    }

    private List<SchemaViolation> check(String json, String eventType) {
        JsonNode event;
        try {
            event = JsonObjectReader.read(json, "a " + eventType);
        } catch (JsonObjectReader.NotAJsonObjectException e) {
            return List.of(e.violation());
        }
        // A set: the envelope and the official schema both require ninjs.uri, and one complaint is enough.
        Set<SchemaViolation> violations = new LinkedHashSet<>(RAW.equals(eventType)
                ? schemas.validateRawEnvelope(event)
                : schemas.validateEnrichedEnvelope(event));
        JsonNode ninjs = event.path("ninjs");
        if (ninjs.isObject()) {
            schemas.validateNinjs(NinjsSchemaVersion.V3_1, ninjs)
                    .forEach(violation -> violations.add(violation.under("/ninjs")));
        }
        violations.addAll(crossFieldRules.check(event));
        return List.copyOf(violations);
    }

    private static void throwIfAny(String eventType, List<SchemaViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(eventType, violations);
        }
    }

    private static List<String> asText(List<SchemaViolation> violations) {
        return violations.stream().map(SchemaViolation::toString).toList();
    }
}
