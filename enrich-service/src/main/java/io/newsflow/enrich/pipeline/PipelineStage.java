package io.newsflow.enrich.pipeline;

import java.util.List;
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

    void process(ArticleDoc doc);

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
