package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.places.Gazetteer;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.topics.TopicClassifier;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every enrichment stage, in the order the pipeline runs them. This is the one place that names them: a new stage
 * is one line here. A factory creates its stage and loads the stage's model, so that a service reports ready only
 * once it can enrich at full speed; it runs only when the stage is chosen to run, so a stage switched off by
 * configuration costs nothing.
 */
final class EnrichmentStages {
    static final List<StageFactory> ALL = List.of(
            StageFactory.required("clean", CleanStage::new),
            StageFactory.required("language", LanguageStage::new),
            StageFactory.required("segment", () -> {
                CoreNlpModels.segmenter();
                return new SegmentStage();
            }),
            StageFactory.optional("ner", () -> {
                CoreNlpModels.ner();
                HeadlineTruecaser.loadCaseList();
                return new NerStage();
            }),
            StageFactory.optional("entities", () -> new EntityStage(LinkIndex.loadDefault())),
            StageFactory.optional("linking", () -> new LinkStage(LinkIndex.loadDefault())),
            StageFactory.optional("places", () -> new PlaceStage(Gazetteer.loadDefault())),
            StageFactory.optional("quotes", QuoteStage::new),
            StageFactory.optional("expressions", ExpressionStage::new),
            StageFactory.optional("topics", () -> new TopicStage(TopicClassifier.loadDefault())),
            StageFactory.optional("sentiment", () -> new SentimentStage(SentimentAnalyzer.loadDefault())),
            StageFactory.optional("ninjs", () -> new NinjsStage(TopicClassifier.loadDefault().modelVersion())));

    private EnrichmentStages() {
    }

    /**
     * Creates the chosen stages, in the declared order.
     *
     * @param names the stages to run, by name; empty runs them all
     * @throws IllegalArgumentException when a name is unknown or a required stage is left out
     */
    static List<PipelineStage> create(Collection<String> names) {
        if (names.isEmpty()) {
            return ALL.stream().map(StageFactory::create).toList();
        }
        Set<String> known = ALL.stream().map(StageFactory::name).collect(Collectors.toSet());
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown enrichment stage '" + name + "' in "
                        + EnrichmentPipeline.STAGES_PROPERTY + "; the stages are " + names(ALL));
            }
        }
        for (StageFactory factory : ALL) {
            if (factory.required() && !names.contains(factory.name())) {
                throw new IllegalArgumentException("The " + factory.name() + " stage cannot be switched off: every "
                        + "enriched article needs what it writes; add it to " + EnrichmentPipeline.STAGES_PROPERTY
                        + " (the optional stages are " + names(ALL.stream().filter(f -> !f.required()).toList())
                        + ")");
            }
        }
        return ALL.stream().filter(factory -> names.contains(factory.name())).map(StageFactory::create).toList();
    }

    private static String names(List<StageFactory> factories) {
        return factories.stream().map(StageFactory::name).collect(Collectors.joining(", "));
    }

    /**
     * Creates one stage.
     *
     * @param name     the stage's {@link PipelineStage#name()}, by which configuration switches it
     * @param required whether the enrichment block cannot do without it, so configuration cannot switch it off
     */
    record StageFactory(String name, boolean required, Supplier<PipelineStage> factory) {
        static StageFactory required(String name, Supplier<PipelineStage> factory) {
            return new StageFactory(name, true, factory);
        }

        static StageFactory optional(String name, Supplier<PipelineStage> factory) {
            return new StageFactory(name, false, factory);
        }

        PipelineStage create() {
            PipelineStage stage = factory.get();
            if (!stage.name().equals(name)) {
                throw new IllegalStateException("The factory for stage '" + name + "' created stage '" + stage.name()
                        + "'; give both the same name");
            }
            return stage;
        }
    }
}
