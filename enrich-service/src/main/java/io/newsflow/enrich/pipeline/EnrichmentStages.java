package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.places.Gazetteer;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.topics.TopicClassifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
            return createConcurrently(ALL);
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
        return createConcurrently(ALL.stream().filter(factory -> names.contains(factory.name())).toList());
    }

    /**
     * Loads the stages' models side by side, one thread per core: loading is most of a restarted instance's time
     * before it enriches again (ADR 0028), and the models are independent of one another. Models two stages
     * share are loaded once, under their holder class's initialisation lock.
     */
    private static List<PipelineStage> createConcurrently(List<StageFactory> factories) {
        int threads = Math.max(1, Math.min(factories.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService loaders = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stage-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PipelineStage>> loading = new ArrayList<>();
            for (StageFactory factory : factories) {
                loading.add(loaders.submit(factory::create));
            }
            List<PipelineStage> stages = new ArrayList<>();
            for (Future<PipelineStage> stage : loading) {
                stages.add(stage.get());
            }
            return stages;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading an enrichment stage failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the enrichment stages", e);
        } finally {
            loaders.shutdownNow();
        }
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
