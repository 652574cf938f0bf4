package io.newsflow.common.schema;

import java.util.List;
import java.util.stream.Collectors;

/** An event that breaks the newsflow event contract; the message lists every violation, one per line. */
public class InvalidEventException extends RuntimeException {
    private final transient List<SchemaViolation> violations;

    public InvalidEventException(String eventType, List<SchemaViolation> violations) {
        super(eventType + " breaks the newsflow event contract (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "); fix the producer or, if the contract must change,"
                + " the schemas in newsflow-common:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    public List<SchemaViolation> violations() {
        return violations;
    }
}
