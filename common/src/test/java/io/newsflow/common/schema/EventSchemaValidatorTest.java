package io.newsflow.common.schema;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SampleEvents;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.common.serde.EventJson;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EventSchemaValidatorTest {
    private final EventSchemaValidator validator = new EventSchemaValidator();

    @Test
    void acceptsRawEventAsTheSerializerWritesIt() {
        String json = serialize(SampleEvents.raw());

        assertThat(validator.validateRaw(json)).isEmpty();
    }

    @Test
    void acceptsEnrichedEventWithPeopleOrganisationsPlacesAndSubjects() {
        EnrichedArticleEvent event = SampleEvents.enriched();
        assertThat(event.ninjs().people()).isNotEmpty();
        assertThat(event.ninjs().organisations()).isNotEmpty();
        assertThat(event.ninjs().places()).isNotEmpty();
        assertThat(event.ninjs().subjects()).isNotEmpty();

        assertThat(validator.validateEnriched(serialize(event))).isEmpty();
    }

    @Test
    void assertValidAcceptsKafkaRecordBytes() {
        byte[] value = new JsonEventSerializer<EnrichedArticleEvent>().serialize("t", SampleEvents.enriched());

        validator.assertValidEnriched(value);
    }

    @Test
    void acceptsRetractionThatPassedThroughWithoutText() {
        RawArticleEvent raw = SampleEvents.raw();
        NinjsItem canceled = new NinjsItem(raw.ninjs().uri(), "text", "2", null, "2025-04-08T09:00:00Z", null,
                PubStatus.CANCELED, null, null, null, null, null, null, null, null, null, null);
        Enrichment passthrough = Enrichment.builder().pipelineVersion("0.1.0")
                .stagesRun(List.of("retraction-passthrough")).build();
        String json = new String(new JsonEventSerializer<EnrichedArticleEvent>().serialize("t",
                new EnrichedArticleEvent(raw.id(), canceled, raw.source(), raw.receivedAt(), raw.contentHash(),
                        passthrough)), StandardCharsets.UTF_8);

        assertThat(validator.validateEnriched(json)).isEmpty();
    }

    @Test
    void rejectsEnrichedArticleWithoutCleanedText() {
        ObjectNode event = (ObjectNode) EventJson.mapper().valueToTree(SampleEvents.enriched());
        ((ObjectNode) event.get("enrichment")).remove("cleanedText");

        assertThat(validator.checkEnriched(event.toString()))
                .anyMatch(violation -> violation.toString().contains("cleanedText"));
    }

    @Test
    void rejectsEnvelopeWithoutContentHash() {
        String json = edit(SampleEvents.raw(), event -> event.remove("contentHash"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/contentHash", "required"));
    }

    @Test
    void rejectsContentHashThatIsNotSha256Hex() {
        String json = edit(SampleEvents.raw(), event -> event.put("contentHash", "ABC123"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/contentHash", "pattern"));
    }

    @Test
    void rejectsIdWithoutSourcePrefix() {
        String json = edit(SampleEvents.raw(), event -> event.put("id", "Night Ferry Trial"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .contains(tuple("/id", "pattern"));
    }

    @Test
    void rejectsIdPrefixedWithAnotherSource() {
        String json = edit(SampleEvents.raw(), event -> event.put("id", "other-source:night-ferry"));

        assertThat(validator.checkRaw(json)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("/id");
            assertThat(violation.rule()).isEqualTo("sourcePrefix");
            assertThat(violation.message()).contains("vestvik-post");
        });
    }

    @Test
    void rejectsReceivedAtThatIsNotADateTime() {
        String json = edit(SampleEvents.raw(), event -> event.put("receivedAt", "08/04/2025 09:15"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/receivedAt", "format"));
    }

    @Test
    void rejectsPropertyTheContractDoesNotDefine() {
        String json = edit(SampleEvents.raw(), event -> event.put("receivedBy", "ingest-7"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/receivedBy", "additionalProperties"));
    }

    @Test
    void reportsNinjsViolationsUnderNinjs() {
        String json = edit(SampleEvents.raw(), event -> ((ObjectNode) event.get("ninjs")).put("pubStatus", "pulled"));

        assertThat(validator.checkRaw(json)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("/ninjs/pubStatus");
            assertThat(violation.rule()).isEqualTo("enum");
            assertThat(violation.message()).contains("'pulled'", "usable", "withheld", "canceled");
        });
    }

    @Test
    void reportsMissingNinjsUriOnceThoughBothSchemasRequireIt() {
        String json = edit(SampleEvents.raw(), event -> ((ObjectNode) event.get("ninjs")).remove("uri"));

        assertThat(validator.checkRaw(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/ninjs/uri", "required"));
    }

    @Test
    void rejectsMentionThatEndsBeforeItStarts() {
        String json = edit(SampleEvents.enriched(), event -> {
            ObjectNode mention = (ObjectNode) event.at("/enrichment/entities/0/mentions/0");
            int start = mention.get("start").asInt();
            mention.put("end", start - 1);
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/entities/0/mentions/0", "spanOrder"));
    }

    @Test
    void rejectsSentenceReachingPastTheCleanedText() {
        String json = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/sentences/3")).put("end", SampleEvents.CLEANED_TEXT.length() + 1));

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/sentences/3/end", "spanBounds"));
    }

    @Test
    void rejectsMentionWhoseTextIsNotAtItsOffsets() {
        String json = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/entities/0/mentions/0")).put("text", "Ingrid Hansen"));

        assertThat(validator.checkEnriched(json)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("/enrichment/entities/0/mentions/0/text");
            assertThat(violation.rule()).isEqualTo("mentionText");
            assertThat(violation.message()).contains("Ingrid Hansen", "Ingrid Halvorsen");
        });
    }

    @Test
    void rejectsMentionInASentenceThatDoesNotExist() {
        String json = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/entities/2/mentions/0")).put("sentence", 9));

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/entities/2/mentions/0/sentence", "sentenceRef"));
    }

    @Test
    void rejectsExpressionWhoseTextIsNotAtItsOffsets() {
        String json = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/expressions/0")).put("text", "Monday"));

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/expressions/0/text", "mentionText"));
    }

    @Test
    void rejectsMoneyWithoutAmountAndDateWithACurrency() {
        String json = edit(SampleEvents.enriched(), event -> {
            ObjectNode expression = (ObjectNode) event.at("/enrichment/expressions/0");
            expression.put("currency", "EUR");
        });
        String money = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/expressions/0")).put("type", "MONEY"));

        assertThat(validator.checkEnriched(json)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.field()).startsWith("/enrichment/expressions/0"));
        assertThat(validator.checkEnriched(money)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.field()).startsWith("/enrichment/expressions/0"));
    }

    @Test
    void rejectsEntityTypeOutsideTheFourClasses() {
        String json = edit(SampleEvents.enriched(), event ->
                ((ObjectNode) event.at("/enrichment/entities/1")).put("type", "GPE"));

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/entities/1/type", "enum"));
    }

    @Test
    void rejectsLanguageNamedByMoreThanATwoLetterCodeOrSurerThanCertain() {
        String json = edit(SampleEvents.enriched(), event -> {
            ((ObjectNode) event.at("/enrichment/language")).put("code", "deu");
            ((ObjectNode) event.at("/enrichment/language")).put("confidence", 1.2);
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactlyInAnyOrder(
                        tuple("/enrichment/language/code", "pattern"),
                        tuple("/enrichment/language/confidence", "maximum"));
    }

    @Test
    void rejectsSalienceAboveOneAndNonNumericStageTime() {
        String json = edit(SampleEvents.enriched(), event -> {
            ((ObjectNode) event.at("/enrichment/entities/0")).put("salience", 1.5);
            ((ObjectNode) event.at("/enrichment/stageMillis")).put("ner", "fast");
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactlyInAnyOrder(
                        tuple("/enrichment/entities/0/salience", "maximum"),
                        tuple("/enrichment/stageMillis/ner", "type"));
    }

    @Test
    void rejectsEnrichedEventWithoutEnrichment() {
        String json = edit(SampleEvents.enriched(), event -> event.remove("enrichment"));

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment", "required"));
    }

    @Test
    void rejectsEnrichmentFieldTheContractDoesNotDefine() {
        String json = edit(SampleEvents.enriched(), event -> {
            ArrayNode sentences = (ArrayNode) event.at("/enrichment/sentences");
            ((ObjectNode) sentences.get(0)).put("emotion", "joy");
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment/sentences/0/emotion", "additionalProperties"));
    }

    @Test
    void rejectsTopicWithoutMedtopQcodeAndLevelTwoTopicWithoutParent() {
        String json = edit(SampleEvents.enriched(), event -> {
            ((ObjectNode) event.at("/enrichment/topics/0")).put("qcode", "subj:04000000");
            ((ObjectNode) event.at("/enrichment/topics/1")).remove("parentQcode");
            ((ObjectNode) event.at("/enrichment/topics/2")).put("confidence", 1.3);
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactlyInAnyOrder(
                        tuple("/enrichment/topics/0/qcode", "pattern"),
                        tuple("/enrichment/topics/1/parentQcode", "required"),
                        tuple("/enrichment/topics/2/confidence", "maximum"));
    }

    @Test
    void rejectsSentimentOutsideItsRangeOrLabels() {
        String json = edit(SampleEvents.enriched(), event -> {
            ((ObjectNode) event.at("/enrichment/sentences/0/sentiment")).put("score", -1.5);
            ((ObjectNode) event.at("/enrichment/entities/0/sentiment")).put("label", "mixed");
            ((ObjectNode) event.at("/enrichment/tone")).put("positive", 120);
        });

        assertThat(validator.checkEnriched(json))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactlyInAnyOrder(
                        tuple("/enrichment/sentences/0/sentiment/score", "minimum"),
                        tuple("/enrichment/entities/0/sentiment/label", "enum"),
                        tuple("/enrichment/tone/positive", "maximum"));
    }

    @Test
    void rejectsRawEventValidatedAsEnriched() {
        assertThat(validator.checkEnriched(serialize(SampleEvents.raw())))
                .extracting(SchemaViolation::field, SchemaViolation::rule)
                .containsExactly(tuple("/enrichment", "required"));
    }

    @Test
    void reportsTextThatIsNotJson() {
        assertThat(validator.checkRaw("{\"id\": ")).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEmpty();
            assertThat(violation.rule()).isEqualTo("syntax");
        });
    }

    @Test
    void assertValidListsEveryViolation() {
        String json = edit(SampleEvents.raw(), event -> {
            event.remove("contentHash");
            event.put("id", "Bad Id");
        });

        assertThatThrownBy(() -> validator.assertValidRaw(json))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.violations())
                        .extracting(SchemaViolation::field).contains("/contentHash", "/id"))
                .hasMessageContaining("RawArticleEvent")
                .hasMessageContaining("/contentHash: required property 'contentHash' is missing [required]")
                .hasMessageContaining("/id: 'Bad Id' does not match the pattern");
    }

    @Test
    void validateReturnsOneReadableLinePerViolation() {
        String json = edit(SampleEvents.raw(), event -> event.remove("source"));

        assertThat(validator.validateRaw(json))
                .containsExactly("/source: required property 'source' is missing [required]");
    }

    private static String serialize(Object event) {
        return new String(new JsonEventSerializer<>().serialize("t", event), StandardCharsets.UTF_8);
    }

    private static String edit(Object event, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(serialize(event));
        change.accept(tree);
        return tree.toString();
    }
}
