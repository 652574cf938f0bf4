package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline with the real language models and CoreNLP on the same wire story in English and in German
 * (both written for the tests): German text skips the stages that read English only and leaves the ninjs
 * entities as upstream sent them.
 */
class LanguageRoutingTest {
    private static final NinjsEntityRef UPSTREAM_PERSON = new NinjsEntityRef("Daniel Ortiz", "about",
            "http://example.org/people/ortiz", null, null);

    private static EnrichmentPipeline pipeline;
    private static RawArticleEvent german;
    private static EnrichedArticleEvent germanEnriched;
    private static EnrichedArticleEvent englishEnriched;

    @BeforeAll
    static void enrichBothLanguages() {
        pipeline = EnrichmentPipeline.createDefault();
        RawArticleEvent plainGerman = TestArticles.fromResource("test-wire:drought-de-1",
                "/pipeline/wire-story-drought-de.txt");
        german = TestArticles.raw(plainGerman.id(),
                plainGerman.ninjs().withEntities(List.of(UPSTREAM_PERSON), List.of(), List.of()));
        germanEnriched = pipeline.enrich(german);
        englishEnriched = pipeline.enrich(TestArticles.fromResource("test-wire:drought-1",
                "/pipeline/wire-story-drought.txt"));
    }

    @Test
    void identifiesGermanWithConfidence() {
        Enrichment.Language language = germanEnriched.enrichment().language();

        assertThat(language.code()).isEqualTo("de");
        assertThat(language.confidence()).isBetween(0.1, 1.0);
    }

    @Test
    void skipsTheEnglishOnlyStagesForGermanAndSaysSo() {
        Enrichment enrichment = germanEnriched.enrichment();

        assertThat(enrichment.stagesRun()).containsExactly("clean", "language", "segment");
        assertThat(enrichment.stageMillis()).containsOnlyKeys("clean", "language", "segment");
        assertThat(enrichment.modelVersions()).containsOnlyKeys("language");
        assertThat(enrichment.sentences()).hasSizeGreaterThan(3);
    }

    @Test
    void givesGermanNoTopicsAndNoSentimentFromEnglishModels() {
        Enrichment enrichment = germanEnriched.enrichment();

        assertThat(enrichment.topics()).isEmpty();
        assertThat(enrichment.tone()).isNull();
        assertThat(enrichment.sentences()).allSatisfy(sentence -> assertThat(sentence.sentiment()).isNull());
        assertThat(germanEnriched.ninjs().subjects()).isEqualTo(german.ninjs().subjects());
    }

    @Test
    void producesNoEntitiesForGermanAndKeepsTheUpstreamNinjsEntities() {
        assertThat(germanEnriched.enrichment().entities()).isEmpty();
        assertThat(germanEnriched.ninjs()).isEqualTo(german.ninjs());
        assertThat(germanEnriched.ninjs().people()).containsExactly(UPSTREAM_PERSON);
    }

    @Test
    void runsEveryStageForEnglish() {
        Enrichment enrichment = englishEnriched.enrichment();

        assertThat(enrichment.language().code()).isEqualTo("en");
        assertThat(enrichment.language().confidence()).isBetween(0.1, 1.0);
        assertThat(enrichment.stagesRun()).containsExactly("clean", "language", "segment", "ner", "entities",
                "linking", "places", "quotes", "expressions", "topics", "sentiment", "ninjs");
        assertThat(enrichment.modelVersions()).containsOnlyKeys("language", "ner", "linking", "places", "topics", "sentiment");
        assertThat(enrichment.entities()).isNotEmpty().allSatisfy(entity -> assertThat(entity.sentiment()).isNotNull());
        assertThat(enrichment.topics()).isNotEmpty();
        assertThat(enrichment.tone()).isNotNull();
    }

    @Test
    void runsTheEnglishStagesOnAHeadlineOfNamesNoLanguageClearlyLeads() {
        EnrichedArticleEvent flash = pipeline.enrich(TestArticles.raw("test-wire:flash-2",
                "Roe meets Lindqvist in Oslo", null));

        assertThat(new LanguageIdentifier().verdict("Roe meets Lindqvist in Oslo").orElseThrow().lead())
                .isLessThan(LanguageIdentifier.CLEAR_LEAD);
        assertThat(flash.enrichment().language().confidence()).isLessThan(0.9);
        assertThat(flash.enrichment().stagesRun()).contains("ner", "entities", "topics", "sentiment", "ninjs");
        assertThat(flash.ninjs().places()).extracting(NinjsEntityRef::name).contains("Oslo");
    }

    @Test
    void skipsTheEnglishStagesForAGermanHeadline() {
        EnrichedArticleEvent flash = pipeline.enrich(TestArticles.raw("test-wire:flash-de-1",
                "Regierung beschließt neue Regeln für Busse", null));

        assertThat(flash.enrichment().language().code()).isEqualTo("de");
        assertThat(flash.enrichment().stagesRun()).containsExactly("clean", "language", "segment");
    }

    @Test
    void skipsTheEnglishStagesForARussianHeadlineHoweverShort() {
        EnrichedArticleEvent flash = pipeline.enrich(TestArticles.raw("test-wire:flash-ru-1", "Путин в Киеве", null));

        assertThat(flash.enrichment().language().code()).isEqualTo("ru");
        assertThat(flash.enrichment().stagesRun()).doesNotContain("ner", "entities", "topics", "sentiment", "ninjs");
    }

    @Test
    void bothEnrichedEventsMeetTheSchema() {
        EventSchemaValidator validator = new EventSchemaValidator();
        JsonEventSerializer<EnrichedArticleEvent> serializer = new JsonEventSerializer<>();

        validator.assertValidEnriched(serializer.serialize("t", germanEnriched));
        validator.assertValidEnriched(serializer.serialize("t", englishEnriched));
    }

    @Test
    void refusesAnEnglishOnlyStageBeforeTheLanguageIsKnown() {
        List<PipelineStage> nerBeforeLanguage = List.of(new CleanStage(), new SegmentStage(), new NerStage(),
                new LanguageStage(), new EntityStage(), new NinjsStage("newsflow-topics-test"));

        assertThatThrownBy(() -> new EnrichmentPipeline(nerBeforeLanguage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ner' reads English only").hasMessageContaining("language stage");
    }
}
