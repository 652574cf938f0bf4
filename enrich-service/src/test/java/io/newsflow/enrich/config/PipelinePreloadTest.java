package io.newsflow.enrich.config;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.StageDescription;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelinePreloadTest {
    private static final List<String> FEW_STAGES = List.of("clean", "language", "segment");

    @Test
    void loadsTheConfiguredStagesBeforeTheContextAndHandsThemToTheBeanOnce() {
        new PipelinePreload().onApplicationEvent(environmentWith("clean,language,segment"));

        EnrichmentPipeline pipeline = PipelinePreload.claim(FEW_STAGES).orElseThrow();

        assertThat(pipeline.stageDescriptions()).extracting(StageDescription::name)
                .containsExactly("clean", "language", "segment");
        assertThat(PipelinePreload.claim(FEW_STAGES)).as("claimed once").isEmpty();
    }

    @Test
    void aBeanConfiguredForOtherStagesDoesNotTakeThePreloadedPipeline() {
        new PipelinePreload().onApplicationEvent(environmentWith("clean,language,segment"));

        assertThat(PipelinePreload.claim(List.of())).isEmpty();
        assertThat(PipelinePreload.claim(FEW_STAGES)).isPresent();
    }

    @Test
    void aStageThatCannotBeBuiltFailsTheBeanWithTheSameMessage() {
        new PipelinePreload().onApplicationEvent(environmentWith("clean,language,segment,sentimant"));

        assertThatThrownBy(() -> PipelinePreload.claim(List.of("clean", "language", "segment", "sentimant")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown enrichment stage 'sentimant'");
    }

    private static ApplicationEnvironmentPreparedEvent environmentWith(String stages) {
        MockEnvironment environment = new MockEnvironment().withProperty(EnrichmentPipeline.STAGES_PROPERTY, stages);
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
