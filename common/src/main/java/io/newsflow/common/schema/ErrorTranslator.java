package io.newsflow.common.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the validator's errors into {@link SchemaViolation}s that name the offending field itself and
 * say what is wrong in terms a sender can act on.
 * <p>
 * JSON Schema 2020-12 drops the annotations of a failed subschema, so when anything inside the ninjs
 * {@code $ref} fails, the top-level {@code unevaluatedProperties: false} also reports every valid
 * property ({@code uri}, {@code headlines}, ...) as unknown. Those echoes are removed: an
 * {@code unevaluatedProperties} error survives only for a property the schema does not declare there.
 */
final class ErrorTranslator {
    private static final Set<String> KEYWORDS_NAMING_A_PROPERTY =
            Set.of("required", "dependentRequired", "additionalProperties", "unevaluatedProperties");

    private final DeclaredProperties declaredProperties;

    ErrorTranslator(DeclaredProperties declaredProperties) {
        this.declaredProperties = declaredProperties;
    }

    List<SchemaViolation> translate(List<Error> errors) {
        Set<SchemaViolation> violations = new LinkedHashSet<>();
        for (Error error : errors) {
            if (!isEchoOfFailedSibling(error)) {
                violations.add(violation(error));
            }
        }
        if (violations.isEmpty() && !errors.isEmpty()) {
            // Only echoes were left: never turn an invalid document into a valid one by filtering.
            errors.forEach(error -> violations.add(violation(error)));
        }
        return List.copyOf(violations);
    }

    private boolean isEchoOfFailedSibling(Error error) {
        if (!"unevaluatedProperties".equals(error.getKeyword()) || error.getProperty() == null) {
            return false;
        }
        NodePath keywordPath = error.getSchemaLocation().getFragment();
        String schemaPointer = pointer(keywordPath.getParent());
        String document = DeclaredProperties.stripFragment(error.getSchemaLocation().getAbsoluteIri().toString());
        return declaredProperties.of(document, schemaPointer).contains(error.getProperty());
    }

    private static SchemaViolation violation(Error error) {
        String keyword = error.getKeyword();
        String location = pointer(error.getInstanceLocation());
        String property = error.getProperty();
        if (property != null && KEYWORDS_NAMING_A_PROPERTY.contains(keyword)) {
            String field = location + "/" + escape(property);
            return switch (keyword) {
                case "additionalProperties", "unevaluatedProperties" -> new SchemaViolation(field, keyword,
                        "unknown property '" + property + "': the schema allows no other properties here");
                default -> new SchemaViolation(field, keyword, "required property '" + property + "' is missing");
            };
        }
        return new SchemaViolation(location, keyword, message(error));
    }

    private static String message(Error error) {
        Object[] arguments = error.getArguments();
        if (arguments == null || arguments.length == 0) {
            return error.getMessage();
        }
        String value = quoted(error.getInstanceNode());
        return switch (error.getKeyword() == null ? "" : error.getKeyword()) {
            case "format" -> value + " is not a valid " + arguments[0];
            case "pattern" -> value + " does not match the pattern " + arguments[0];
            case "enum" -> value + " is not one of " + arguments[0];
            case "const" -> value + " is not the required value " + arguments[0];
            default -> error.getMessage();
        };
    }

    private static String quoted(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }

    /** The RFC 6901 pointer for a path of the validator; the document root is the empty string. */
    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
