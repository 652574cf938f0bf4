package io.newsflow.common.schema;

/**
 * One reason a JSON document breaks its schema, precise enough for an RFC 9457 problem detail.
 *
 * @param field   JSON pointer (RFC 6901) to the offending value; for a missing or unknown property it points
 *                at that property ({@code /headlines/0/value}); the empty string is the whole document
 * @param rule    the JSON Schema keyword that failed ({@code required}, {@code enum}, {@code type},
 *                {@code format}, ...), or a newsflow rule for checks JSON Schema cannot express
 *                ({@code syntax}, {@code spanOrder}, ...)
 * @param message what is wrong, for a person
 */
public record SchemaViolation(String field, String rule, String message) {

    /** {@code /ninjs/pubStatus: must be one of ... [enum]}: one line, for logs and assertion messages. */
    @Override
    public String toString() {
        return (field.isEmpty() ? "(document)" : field) + ": " + message + " [" + rule + "]";
    }

    /** The same violation found inside the value at {@code pointer} of an enclosing document. */
    public SchemaViolation under(String pointer) {
        return new SchemaViolation(pointer + field, rule, message);
    }
}
