package io.newsflow.enrich.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * One stage of a built pipeline as {@code enrich --describe} and enrich-service's start-up log show it.
 *
 * @param name         the stage's name, as in {@code stagesRun}
 * @param reads        the parts of the article it reads
 * @param writes       the parts it writes
 * @param modelVersion the version of the model it runs; empty when it runs none
 */
public record StageDescription(String name, List<String> reads, List<String> writes, Optional<String> modelVersion) {

    static StageDescription of(PipelineStage stage) {
        return new StageDescription(stage.name(), stage.reads().stream().map(DocField::label).toList(),
                stage.writes().stream().map(DocField::label).toList(), stage.modelVersion());
    }

    /** {@code "name: reads -> writes [model]"}, the model left out for a stage that runs none. */
    public String line() {
        return name + ": " + String.join(", ", reads) + " -> " + String.join(", ", writes)
                + modelVersion.map(version -> " [" + version + "]").orElse("");
    }
}
