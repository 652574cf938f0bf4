package io.newsflow.common.ninjs;

import io.newsflow.common.schema.BundledSchemas;
import io.newsflow.common.schema.JsonObjectReader;
import io.newsflow.common.schema.NinjsSchemaVersion;
import io.newsflow.common.schema.SchemaViolation;
import io.newsflow.common.serde.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Reads one IPTC ninjs 3.x item from JSON: validates it against the official IPTC schema, then maps it
 * to a {@link NinjsItem} (properties newsflow does not model are kept verbatim).
 * <p>
 * <b>Which schema.</b> An item that names its version is held to that version: {@code standard.schema}
 * ({@code http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json}), else {@code standard.version}
 * ({@code "3.0"}), else a top-level {@code $schema} (which the official schemas then reject as an unknown
 * property, but the sender gets the complaints of the schema it meant). Every other item, including one
 * that names a version newsflow does not ship (2.x), is validated against 3.1. There is no fallback to
 * 3.0: the 3.1 schema is the 3.0 schema plus the optional {@code digitalSourceType}, so every valid 3.0
 * item is valid 3.1 and 3.0 could never accept an item 3.1 rejects; a second pass would only double the
 * cost of rejecting bad input and blur which rules the violations come from.
 * <p>
 * Thread-safe; the schemas are built once per JVM and shared by all readers.
 */
public final class NinjsReader {
    private static final String WHAT = "a ninjs item";

    private final BundledSchemas schemas = BundledSchemas.get();

    /** @throws NinjsValidationException when the text is not one valid ninjs 3.0 or 3.1 item */
    public NinjsItem read(String json) {
        try {
            return validatedItem(JsonObjectReader.read(json, WHAT));
        } catch (JsonObjectReader.NotAJsonObjectException e) {
            throw new NinjsValidationException(null, List.of(e.violation()));
        }
    }

    /** As {@link #read(String)}, for UTF-8 (or UTF-16/32, detected) bytes. */
    public NinjsItem read(byte[] json) {
        try {
            return validatedItem(JsonObjectReader.read(json, WHAT));
        } catch (JsonObjectReader.NotAJsonObjectException e) {
            throw new NinjsValidationException(null, List.of(e.violation()));
        }
    }

    /** The official schema an item is validated against, from the version it names (see the class comment). */
    public static NinjsSchemaVersion schemaVersionOf(JsonNode item) {
        JsonNode standard = item.path("standard");
        for (JsonNode schemaHint : List.of(standard.path("schema"), item.path("$schema"))) {
            if (schemaHint.isString()) {
                for (NinjsSchemaVersion version : NinjsSchemaVersion.values()) {
                    if (schemaHint.asString().contains("ninjs-schema_" + version.number() + ".json")) {
                        return version;
                    }
                }
            }
        }
        JsonNode versionHint = standard.path("version");
        if (versionHint.isString()) {
            for (NinjsSchemaVersion version : NinjsSchemaVersion.values()) {
                String declared = versionHint.asString().strip();
                if (declared.equals(version.number()) || declared.startsWith(version.number() + ".")) {
                    return version;
                }
            }
        }
        return NinjsSchemaVersion.V3_1;
    }

    private NinjsItem validatedItem(JsonNode item) {
        NinjsSchemaVersion version = schemaVersionOf(item);
        List<SchemaViolation> violations = schemas.validateNinjs(version, item);
        if (!violations.isEmpty()) {
            throw new NinjsValidationException(version, violations);
        }
        try {
            return EventJson.mapper().treeToValue(item, NinjsItem.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("A ninjs item the IPTC " + version.number() + " schema accepts does "
                    + "not map to NinjsItem: " + e.getOriginalMessage() + "; NinjsItem must be fixed to model it", e);
        }
    }
}
