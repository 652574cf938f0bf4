package io.newsflow.common.schema;

import io.newsflow.common.serde.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.function.Supplier;

/** Reads a document that must be exactly one JSON object, and says precisely what it is when it is not. */
public final class JsonObjectReader {

    private JsonObjectReader() {
    }

    /**
     * @param what what the object should be, for messages ("a ninjs item")
     * @throws NotAJsonObjectException when the text is empty, not JSON, or JSON but not an object
     */
    public static JsonNode read(String json, String what) {
        if (json == null || json.isBlank()) {
            throw empty(what);
        }
        return checked(() -> EventJson.mapper().readTree(json), what);
    }

    /** As {@link #read(String, String)}, for UTF-8 (or UTF-16/32, detected) bytes. */
    public static JsonNode read(byte[] json, String what) {
        if (json == null || json.length == 0) {
            throw empty(what);
        }
        return checked(() -> EventJson.mapper().readTree(json), what);
    }

    private static JsonNode checked(Supplier<JsonNode> parse, String what) {
        JsonNode node;
        try {
            node = parse.get();
        } catch (JacksonException e) {
            throw new NotAJsonObjectException(new SchemaViolation("", "syntax",
                    "not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage()
                            + "; send " + what + " as one JSON object"));
        }
        if (node == null || node.isMissingNode()) {
            throw empty(what);
        }
        if (!node.isObject()) {
            throw new NotAJsonObjectException(new SchemaViolation("", "type",
                    "expected " + what + " as a JSON object, found a JSON "
                            + node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return node;
    }

    private static NotAJsonObjectException empty(String what) {
        return new NotAJsonObjectException(new SchemaViolation("", "syntax",
                "the document is empty; send " + what + " as one JSON object"));
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The document is not a single JSON object; {@link #violation()} says why. */
    public static final class NotAJsonObjectException extends RuntimeException {
        private final transient SchemaViolation violation;

        NotAJsonObjectException(SchemaViolation violation) {
            super(violation.message());
            this.violation = violation;
        }

        public SchemaViolation violation() {
            return violation;
        }
    }
}
