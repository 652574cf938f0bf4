package io.newsflow.enrich.health;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.StageDescription;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pipeline}, part of the readiness group: the stages and the versions of the models they run. The pipeline
 * bean exists only once every model has loaded (a model that fails to load fails the start), so this reports UP
 * exactly when the models are in memory, and says which.
 */
class PipelineHealthIndicator implements HealthIndicator {
    private final Map<String, String> models = new LinkedHashMap<>();

    PipelineHealthIndicator(EnrichmentPipeline pipeline) {
        for (StageDescription stage : pipeline.stageDescriptions()) {
            models.put(stage.name(), stage.modelVersion().orElse(""));
        }
    }

    @Override
    public Health health() {
        return Health.up().withDetail("stages", models).build();
    }
}
