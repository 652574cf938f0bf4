package io.newsflow.common.schema;

import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property names a schema object declares, directly or through {@code $ref}, {@code allOf},
 * {@code anyOf}, {@code oneOf} and {@code if/then/else}. Used to tell a property that is truly unknown
 * from one that {@code unevaluatedProperties} only reports because a sibling subschema failed.
 */
final class DeclaredProperties {
    private static final String[] SUBSCHEMA_LISTS = {"allOf", "anyOf", "oneOf"};
    private static final String[] SUBSCHEMAS = {"if", "then", "else"};

    private final Map<String, JsonNode> documents;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    /** @param documents schema documents by {@code $id} (without fragment) */
    DeclaredProperties(Map<String, JsonNode> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** Names declared by the schema object at {@code pointer} in the document {@code documentId}. */
    Set<String> of(String documentId, String pointer) {
        return cache.computeIfAbsent(documentId + "#" + pointer, key -> {
            Set<String> names = new HashSet<>();
            collect(documentId, pointer, names, new HashSet<>());
            return Set.copyOf(names);
        });
    }

    private void collect(String documentId, String pointer, Set<String> names, Set<String> visited) {
        JsonNode document = documents.get(documentId);
        if (document == null || !visited.add(documentId + "#" + pointer)) {
            return;
        }
        JsonNode schema = document.at(pointer);
        if (!schema.isObject()) {
            return;
        }
        names.addAll(schema.path("properties").propertyNames());
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            String target = ref.asString();
            int hash = target.indexOf('#');
            String targetDocument = hash == 0 ? documentId : stripFragment(target);
            String targetPointer = hash < 0 ? "" : target.substring(hash + 1);
            collect(targetDocument, targetPointer, names, visited);
        }
        for (String list : SUBSCHEMA_LISTS) {
            JsonNode members = schema.path(list);
            for (int i = 0; i < members.size(); i++) {
                collect(documentId, pointer + "/" + list + "/" + i, names, visited);
            }
        }
        for (String keyword : SUBSCHEMAS) {
            if (schema.has(keyword)) {
                collect(documentId, pointer + "/" + keyword, names, visited);
            }
        }
    }

    static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
