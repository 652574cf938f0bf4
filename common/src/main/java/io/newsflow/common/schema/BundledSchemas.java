package io.newsflow.common.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every JSON Schema newsflow validates against, loaded once from the classpath: the official IPTC ninjs
 * schemas (with the GeoJSON schema they reference) and newsflow's own event envelope schemas.
 * <p>
 * Schema ids are resolved only to the shipped copies and remote fetching is off, so validation never
 * touches the network and gives the same answer on every machine. {@code format} is asserted, not just
 * annotated: {@code versionCreated} and {@code receivedAt} order article versions and {@code uri} is an
 * article's identity, so a malformed date or URI must be refused at the door. The IPTC test suite passes
 * this way (its truncated-date case fails on a {@code pattern}, its bad coverage URI on {@code format}).
 * Messages are always English, whatever the JVM's default locale.
 * <p>
 * The validators are thread-safe; {@link #get()} builds them on first use.
 */
public final class BundledSchemas {
    private static final String RAW_EVENT_ID = "urn:newsflow:schema:raw-article-event:v1";
    private static final String ENRICHED_EVENT_ID = "urn:newsflow:schema:enriched-article-event:v1";
    private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

    private final Map<NinjsSchemaVersion, Schema> ninjs = new EnumMap<>(NinjsSchemaVersion.class);
    private final Schema rawEvent;
    private final Schema enrichedEvent;
    private final ErrorTranslator translator;

    private BundledSchemas() {
        Map<String, String> resources = resources();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader
                                .fetchRemoteResources(false)
                                .schemaIdResolvers(ids -> resources.forEach(
                                        (id, resource) -> ids.mapPrefix(id, "classpath:" + resource)))));
        for (NinjsSchemaVersion version : NinjsSchemaVersion.values()) {
            ninjs.put(version, load(registry, version.schemaId()));
        }
        rawEvent = load(registry, RAW_EVENT_ID);
        enrichedEvent = load(registry, ENRICHED_EVENT_ID);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        resources.forEach((id, resource) -> documents.put(id, readResource(resource)));
        translator = new ErrorTranslator(new DeclaredProperties(documents));
    }

    public static BundledSchemas get() {
        return Holder.INSTANCE;
    }

    /** Checks one ninjs item against the official schema of {@code version}. */
    public List<SchemaViolation> validateNinjs(NinjsSchemaVersion version, JsonNode item) {
        return translator.translate(ninjs.get(version).validate(item));
    }

    /** Checks a raw article event against newsflow's envelope schema only (not the ninjs inside it). */
    public List<SchemaViolation> validateRawEnvelope(JsonNode event) {
        return translator.translate(rawEvent.validate(event));
    }

    /** Checks an enriched article event against newsflow's envelope schema only (not the ninjs inside it). */
    public List<SchemaViolation> validateEnrichedEnvelope(JsonNode event) {
        return translator.translate(enrichedEvent.validate(event));
    }

    /** Schema id to classpath resource, for every schema a validation may reach. */
    private static Map<String, String> resources() {
        Map<String, String> resources = new LinkedHashMap<>();
        for (NinjsSchemaVersion version : NinjsSchemaVersion.values()) {
            resources.put(version.schemaId(), version.resource());
        }
        resources.put(GEOJSON_ID, "ninjs/GeoJSON-schema.json");
        resources.put(RAW_EVENT_ID, "schemas/raw-article-event.schema.json");
        resources.put(ENRICHED_EVENT_ID, "schemas/enriched-article-event.schema.json");
        return resources;
    }

    private static Schema load(SchemaRegistry registry, String id) {
        Schema schema = registry.getSchema(SchemaLocation.of(id));
        // Resolve every $ref now, so that a broken bundle fails at start-up and no validation runs lazily
        // initialising shared state.
        schema.initializeValidators();
        return schema;
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = BundledSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + resource + " is missing from the classpath; "
                        + "rebuild newsflow-common, which ships it");
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + resource, e);
        }
    }

    private static final class Holder {
        private static final BundledSchemas INSTANCE = new BundledSchemas();
    }
}
