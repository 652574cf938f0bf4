package io.newsflow.enrich.config;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts loading the pipeline's models as soon as the service's configuration is known, before Spring creates
 * the application context, so that the two seconds the context takes on two cores overlap the loading instead of
 * preceding it (ADR 0028). The pipeline bean then {@linkplain #claim claims} what was loaded; the service still
 * reports ready only once every model is in memory. Registered by {@code EnrichServiceApplication.main} only:
 * tests that build a context themselves load the pipeline in the bean, as before.
 */
public final class PipelinePreload implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Object LOCK = new Object();
    private static List<String> preloadedStages;
    private static CompletableFuture<EnrichmentPipeline> preloading;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<String> stages = Binder.get(event.getEnvironment())
                .bind(EnrichmentPipeline.STAGES_PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of());
        synchronized (LOCK) {
            if (preloading != null) {
                return;
            }
            preloadedStages = List.copyOf(stages);
            preloading = new CompletableFuture<>();
            CompletableFuture<EnrichmentPipeline> result = preloading;
            Thread loader = new Thread(() -> {
                try {
                    result.complete(EnrichmentPipeline.create(stages));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }, "pipeline-preload");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * The pipeline preloaded for exactly these stages, waiting for it to finish loading; empty when none was
     * started for them. A pipeline is claimed once.
     *
     * @throws RuntimeException what building the pipeline threw (an unknown stage, a model that cannot load)
     */
    static Optional<EnrichmentPipeline> claim(List<String> stages) {
        CompletableFuture<EnrichmentPipeline> claimed;
        synchronized (LOCK) {
            if (preloading == null || !preloadedStages.equals(List.copyOf(stages))) {
                return Optional.empty();
            }
            claimed = preloading;
            preloading = null;
        }
        try {
            return Optional.of(claimed.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
