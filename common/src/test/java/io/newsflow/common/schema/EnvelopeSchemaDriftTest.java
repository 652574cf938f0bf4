package io.newsflow.common.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.EntityLink;
import io.newsflow.common.event.Expression;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope schemas name exactly the properties of the records the mapper writes, no more, no fewer. */
class EnvelopeSchemaDriftTest {
    private final JsonNode raw = schema("schemas/raw-article-event.schema.json");
    private final JsonNode enriched = schema("schemas/enriched-article-event.schema.json");

    @Test
    void everyObjectOfTheSchemasDefinesExactlyTheRecordsComponents() {
        Map<JsonNode, Class<? extends Record>> objects = Map.of(
                raw, RawArticleEvent.class,
                raw.at("/$defs/source"), SourceInfo.class,
                enriched, EnrichedArticleEvent.class,
                enriched.at("/$defs/enrichment"), Enrichment.class,
                enriched.at("/$defs/removedSegment"), Enrichment.RemovedSegment.class,
                enriched.at("/$defs/sentence"), Enrichment.Sentence.class,
                enriched.at("/$defs/mention"), Enrichment.Mention.class,
                enriched.at("/$defs/entity"), Enrichment.Entity.class,
                enriched.at("/$defs/entityLink"), EntityLink.class,
                enriched.at("/$defs/expression"), Expression.class);

        objects.forEach((schema, type) -> {
            assertThat(schema.path("properties").propertyNames())
                    .as("properties of the schema for %s", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName), readOnlyProperties(type).stream()).toList());
            assertThat(schema.path("additionalProperties").asBoolean(true))
                    .as("the schema for %s refuses unknown properties", type.getSimpleName()).isFalse();
        });
    }

    /** Properties a record writes from a derived accessor and ignores when read ({@code mentionCount}). */
    private static List<String> readOnlyProperties(Class<?> type) {
        JsonIgnoreProperties ignored = type.getAnnotation(JsonIgnoreProperties.class);
        return ignored != null && ignored.allowGetters() ? List.of(ignored.value()) : List.of();
    }

    @Test
    void bothSchemasAreDraft202012() {
        assertThat(raw.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(enriched.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = EnvelopeSchemaDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
