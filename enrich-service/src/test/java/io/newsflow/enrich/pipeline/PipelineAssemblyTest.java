package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the pipeline is assembled from the declared stages, chosen by configuration, and how it shows itself. */
class PipelineAssemblyTest {
    private static final List<String> WITHOUT_TOPICS_AND_SENTIMENT = List.of("clean", "language", "segment", "ner",
            "entities");

    @Test
    void declaresTheStagesInTheOrderTheyRun() {
        assertThat(EnrichmentStages.ALL).extracting(EnrichmentStages.StageFactory::name)
                .containsExactly("clean", "language", "segment", "ner", "entities", "linking", "places", "quotes", "expressions", "topics", "sentiment",
                        "ninjs");
    }

    @Test
    void runsOnlyTheChosenStagesAndLeavesTheirPartsAtTheirDefaults() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.create(WITHOUT_TOPICS_AND_SENTIMENT);

        Enrichment enrichment = pipeline.enrich(TestArticles.fromResource("test-wire:drought-2",
                "/pipeline/wire-story-drought.txt")).enrichment();

        assertThat(enrichment.stagesRun()).containsExactlyElementsOf(WITHOUT_TOPICS_AND_SENTIMENT);
        assertThat(enrichment.modelVersions()).containsOnlyKeys("language", "ner");
        assertThat(enrichment.entities()).isNotEmpty().allSatisfy(entity -> assertThat(entity.sentiment()).isNull());
        assertThat(enrichment.topics()).isEmpty();
        assertThat(enrichment.tone()).isNull();
    }

    @Test
    void takesTheDeclaredOrderWhateverTheOrderOfTheConfiguredNames() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.create(List.of("segment", "language", "clean"));

        assertThat(pipeline.stageDescriptions()).extracting(StageDescription::name)
                .containsExactly("clean", "language", "segment");
    }

    @Test
    void refusesToSwitchOffARequiredStage() {
        assertThatThrownBy(() -> EnrichmentPipeline.create(List.of("language", "segment", "ner")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The clean stage cannot be switched off")
                .hasMessageContaining("add it to " + EnrichmentPipeline.STAGES_PROPERTY);
    }

    @Test
    void refusesAnUnknownStageNamingTheKnownOnes() {
        assertThatThrownBy(() -> EnrichmentPipeline.create(List.of("clean", "language", "segment", "poetry")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown enrichment stage 'poetry'")
                .hasMessageContaining("clean, language, segment, ner, entities, linking, places, quotes, expressions, topics, sentiment, ninjs");
    }

    @Test
    void refusesAStageWhoseInputIsSwitchedOffAndSaysWhatToChange() {
        assertThatThrownBy(() -> EnrichmentPipeline.create(List.of("clean", "language", "segment", "entities")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Stage 'entities' reads 'mentions', which no earlier stage writes")
                .hasMessageContaining("put the stage that writes it first in EnrichmentStages")
                .hasMessageContaining("keep that stage in " + EnrichmentPipeline.STAGES_PROPERTY
                        + " or take 'entities' out of it as well");
    }

    @Test
    void describesEachStageWithWhatItReadsAndWritesAndItsModel() {
        List<StageDescription> stages = EnrichmentPipeline.create(List.of("clean", "language", "segment", "ner"))
                .stageDescriptions();

        assertThat(stages.get(0).line()).isEqualTo("clean: ninjs.headlines, ninjs.bodies -> cleanedText, "
                + "paragraphs, removed");
        assertThat(stages.get(0).modelVersion()).isEmpty();
        assertThat(stages.get(3).line()).startsWith("ner: tokens, sentences -> tokens.ner, mentions [corenlp-")
                .endsWith("/english.conll.4class.distsim]");
    }

    @Test
    void stopsAStageThatReadsWhatItDoesNotDeclare() {
        PipelineStage undeclaredRead = new PipelineStage() {
            @Override
            public String name() {
                return "lead";
            }

            @Override
            public List<DocField> reads() {
                return List.of(DocField.CLEANED_TEXT);
            }

            @Override
            public List<DocField> writes() {
                return List.of();
            }

            @Override
            public void process(ArticleDoc doc) {
                doc.paragraphs();
            }
        };
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new CleanStage(), new LanguageStage(),
                new SegmentStage(), undeclaredRead));

        assertThatThrownBy(() -> pipeline.enrich(TestArticles.fromResource("test-wire:drought-3",
                "/pipeline/wire-story-drought.txt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Stage 'lead' reads 'paragraphs' without declaring it; add DocField.PARAGRAPHS to its "
                        + "reads()");
    }
}
