package io.newsflow.common.ninjs;

import io.newsflow.common.schema.NinjsSchemaVersion;
import io.newsflow.common.schema.SchemaViolation;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NinjsReaderTest {
    private static final String ITEM = """
            {
              "uri": "https://vestvikpost.example/news/2025/04/08/night-ferry-trial",
              "type": "text",
              "version": "2",
              "versionCreated": "2025-04-08T09:15:00+02:00",
              "pubStatus": "usable",
              "language": "en",
              "headlines": [{"role": "main", "value": "Harbour board backs night ferry trial"}],
              "bodies": [{"role": "main", "contentType": "text/plain", "value": "The board voted on Tuesday."}],
              "by": "Kari Moen",
              "people": [{"name": "Ingrid Halvorsen", "rel": "mentioned"}],
              "subjects": [{"name": "politics", "uri": "medtop:11000000", "relevance": 60}]
            }""";

    private final NinjsReader reader = new NinjsReader();

    @Test
    void mapsAValidItem() {
        NinjsItem item = reader.read(ITEM);

        assertThat(item.uri()).isEqualTo("https://vestvikpost.example/news/2025/04/08/night-ferry-trial");
        assertThat(item.mainHeadline()).isEqualTo("Harbour board backs night ferry trial");
        assertThat(item.mainBody().value()).isEqualTo("The board voted on Tuesday.");
        assertThat(item.people()).extracting(NinjsEntityRef::name).containsExactly("Ingrid Halvorsen");
        assertThat(item.subjects()).extracting(NinjsSubject::uri, NinjsSubject::relevance)
                .containsExactly(tuple("medtop:11000000", 60));
        assertThat(item.versionCreated()).isEqualTo("2025-04-08T09:15:00+02:00");
    }

    @Test
    void readsUtf8Bytes() {
        String withAccents = ITEM.replace("Kari Moen", "Søren Ødegård");

        NinjsItem item = reader.read(withAccents.getBytes(StandardCharsets.UTF_8));

        assertThat(item.by()).isEqualTo("Søren Ødegård");
    }

    @Test
    void keepsPropertiesNewsflowDoesNotModel() {
        String item = with("\"slugline\": \"night-ferry\", \"urgency\": 3,");

        assertThat(reader.read(item).otherProperties())
                .containsEntry("slugline", "night-ferry")
                .containsEntry("urgency", 3);
    }

    @Test
    void pointsAtTheHeadlineThatLacksAValue() {
        String item = ITEM.replace("{\"role\": \"main\", \"value\": \"Harbour board backs night ferry trial\"}",
                "{\"role\": \"main\"}");

        assertThat(violationsOf(item))
                .containsExactly(new SchemaViolation("/headlines/0/value", "required",
                        "required property 'value' is missing"));
    }

    @Test
    void namesTheAllowedPubStatusValues() {
        String item = ITEM.replace("\"usable\"", "\"draft\"");

        assertThat(violationsOf(item)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("/pubStatus");
            assertThat(violation.rule()).isEqualTo("enum");
            assertThat(violation.message()).contains("'draft'", "usable", "withheld", "canceled");
        });
    }

    @Test
    void reportsOnlyTheRealFaultNotEveryValidPropertyBesideIt() {
        String item = with("\"urgency\": 0,");

        assertThat(violationsOf(item))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/urgency", "minimum"));
    }

    @Test
    void reportsAnUnknownTopLevelProperty() {
        String item = with("\"priority\": \"high\",");

        assertThat(violationsOf(item))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/priority", "unevaluatedProperties"));
    }

    @Test
    void reportsAnUnknownPropertyOfAPerson() {
        String item = ITEM.replace("\"rel\": \"mentioned\"", "\"rel\": \"mentioned\", \"salience\": 0.4");

        assertThat(violationsOf(item))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/people/0/salience", "additionalProperties"));
    }

    @ParameterizedTest(name = "versionCreated {0} is not a date-time")
    @CsvSource({"2025-04-08", "2025-04-08 09:15:00", "yesterday", "2025-02-30T09:15:00Z"})
    void assertsTheDateTimeFormat(String versionCreated) {
        String item = ITEM.replace("2025-04-08T09:15:00+02:00", versionCreated);

        assertThat(violationsOf(item))
                .containsExactly(new SchemaViolation("/versionCreated", "format",
                        "'" + versionCreated + "' is not a valid date-time"));
    }

    @Test
    void assertsTheUriFormat() {
        String item = ITEM.replace("https://vestvikpost.example/news/2025/04/08/night-ferry-trial", "night ferry");

        assertThat(violationsOf(item))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/uri", "format"));
    }

    @Test
    void requiresAUri() {
        String item = ITEM.replace("\"uri\": \"https://vestvikpost.example/news/2025/04/08/night-ferry-trial\",", "");

        assertThat(violationsOf(item)).extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/uri", "required"));
    }

    @Test
    void holdsAnItemThatDeclares30ToThe30Schema() {
        String digitalSource = "\"digitalSourceType\": {\"uri\": \"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture\"},";
        String declared30 = with(digitalSource + "\"standard\": {\"name\": \"ninjs\", \"version\": \"3.0\"},");

        assertThatThrownBy(() -> reader.read(declared30))
                .isInstanceOfSatisfying(NinjsValidationException.class, e -> {
                    assertThat(e.schemaVersion()).contains(NinjsSchemaVersion.V3_0);
                    assertThat(e.violations()).extracting(SchemaViolation::field, SchemaViolation::rule)
                            .containsExactly(tuple("/digitalSourceType", "unevaluatedProperties"));
                });
        assertThat(reader.read(with(digitalSource)).otherProperties()).containsKey("digitalSourceType");
    }

    @ParameterizedTest(name = "{0} selects {1}")
    @CsvSource({
            "'{\"standard\": {\"schema\": \"http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json\"}}', V3_0",
            "'{\"standard\": {\"schema\": \"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#\"}}', V3_1",
            "'{\"standard\": {\"version\": \"3.0\"}}', V3_0",
            "'{\"standard\": {\"version\": \"3.1\"}}', V3_1",
            "'{\"$schema\": \"http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json\"}', V3_0",
            "'{\"standard\": {\"version\": \"3.0\", \"schema\": \"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json\"}}', V3_1",
            "'{\"standard\": {\"version\": \"2.2\"}}', V3_1",
            "'{}', V3_1"})
    void choosesTheSchemaTheItemNames(String item, NinjsSchemaVersion expected) {
        assertThat(NinjsReader.schemaVersionOf(EventJson.mapper().readTree(item))).isEqualTo(expected);
    }

    @Test
    void rejectsTextThatIsNotJsonWithItsPosition() {
        assertThatThrownBy(() -> reader.read("{\"uri\": \"urn:x\",\n \"headlines\": [}"))
                .isInstanceOfSatisfying(NinjsValidationException.class, e -> {
                    assertThat(e.schemaVersion()).isEmpty();
                    assertThat(e.violations()).singleElement().satisfies(violation -> {
                        assertThat(violation.field()).isEmpty();
                        assertThat(violation.rule()).isEqualTo("syntax");
                        assertThat(violation.message()).contains("not valid JSON", "line 2");
                    });
                });
    }

    @Test
    void rejectsTrailingContentAfterTheItem() {
        assertThat(violationsOf("{\"uri\": \"urn:x\"} {\"uri\": \"urn:y\"}"))
                .extracting(SchemaViolation::rule).containsExactly("syntax");
    }

    @Test
    void rejectsAnArrayOfItemsSayingWhatItFound() {
        assertThat(violationsOf("[" + ITEM + "]"))
                .containsExactly(new SchemaViolation("", "type",
                        "expected a ninjs item as a JSON object, found a JSON array"));
    }

    @Test
    void rejectsEmptyInput() {
        assertThat(violationsOf(" \n")).extracting(SchemaViolation::rule).containsExactly("syntax");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(NinjsValidationException.class);
    }

    @Test
    void exceptionMessageListsEveryViolation() {
        String item = ITEM.replace("\"usable\"", "\"draft\"").replace("\"text\",", "\"article\",");

        assertThatThrownBy(() -> reader.read(item))
                .hasMessageContaining("ninjs 3.1")
                .hasMessageContaining("/pubStatus")
                .hasMessageContaining("/type");
    }

    @Test
    void givesEveryThreadTheSameAnswer() throws Exception {
        String invalid = ITEM.replace("\"usable\"", "\"draft\"");
        List<SchemaViolation> expected = violationsOf(invalid);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SchemaViolation>>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> {
                    assertThat(reader.read(ITEM).uri()).startsWith("https://vestvikpost.example/");
                    return violationsOf(invalid);
                }));
            }
            for (Future<List<SchemaViolation>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<SchemaViolation> violationsOf(String json) {
        try {
            reader.read(json);
        } catch (NinjsValidationException e) {
            return e.violations();
        }
        throw new AssertionError("Expected the reader to reject:\n" + json);
    }

    private static String with(String extraProperties) {
        return ITEM.replaceFirst("\\{", "{" + extraProperties);
    }
}
