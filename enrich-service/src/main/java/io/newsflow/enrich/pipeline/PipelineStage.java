package io.newsflow.enrich.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One step of the enrichment pipeline. A stage is created once and shared by every thread, so it keeps no
 * per-article state: everything it reads and writes lives on the {@link ArticleDoc} it is handed.
 */
interface PipelineStage {

    /** Short name used in {@code stagesRun}, {@code stageMillis} and {@link #describe()}. */
    String name();

    List<DocField> reads();

    List<DocField> writes();

    /** Reads its inputs from the document and writes its outputs to it, including its part of the enrichment. */
    void process(ArticleDoc doc);

    /**
     * The version of the model the stage runs, which the enrichment block names under the stage's name in
     * {@code modelVersions} when the stage ran; empty for a stage that runs no model.
     */
    default Optional<String> modelVersion() {
        return Optional.empty();
    }

    /**
     * Whether the stage's models understand English only; the pipeline then skips it for text in another
     * language, together with every later stage that reads what it would have written.
     */
    default boolean readsEnglishOnly() {
        return false;
    }

    /** {@code "name: reads -> writes"}, the line {@link EnrichmentPipeline#describe()} prints for this stage. */
    default String describe() {
        return name() + ": " + labels(reads()) + " -> " + labels(writes());
    }

    private static String labels(List<DocField> fields) {
        return fields.stream().map(DocField::label).collect(Collectors.joining(", "));
    }
}
