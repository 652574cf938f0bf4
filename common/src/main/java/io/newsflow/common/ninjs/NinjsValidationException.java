package io.newsflow.common.ninjs;

import io.newsflow.common.schema.NinjsSchemaVersion;
import io.newsflow.common.schema.SchemaViolation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that is not a valid ninjs item. {@link #violations()} names every offending field with the
 * schema rule it breaks, ready to become the {@code errors} of an RFC 9457 problem detail.
 */
public class NinjsValidationException extends RuntimeException {
    private final transient List<SchemaViolation> violations;
    private final NinjsSchemaVersion schemaVersion;

    /** @param schemaVersion the schema the item was checked against; null when it was not JSON at all */
    public NinjsValidationException(NinjsSchemaVersion schemaVersion, List<SchemaViolation> violations) {
        super(summary(schemaVersion, violations));
        this.violations = List.copyOf(violations);
        this.schemaVersion = schemaVersion;
    }

    public List<SchemaViolation> violations() {
        return violations;
    }

    /** The official schema the item was validated against; empty when the input was not a JSON object. */
    public Optional<NinjsSchemaVersion> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    private static String summary(NinjsSchemaVersion schemaVersion, List<SchemaViolation> violations) {
        String against = schemaVersion == null ? "" : " (checked against the IPTC ninjs "
                + schemaVersion.number() + " schema)";
        return "Not a valid ninjs item" + against + "; correct these and send it again:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
