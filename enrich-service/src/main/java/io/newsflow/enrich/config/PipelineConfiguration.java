package io.newsflow.enrich.config;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.StageDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline is built at start-up, not on the first record: loading the NER model takes seconds, and the
 * service should report ready only once it can enrich at full speed. When the service was started by its main
 * method, {@link PipelinePreload} began loading it before the context existed, and the bean waits for that. It
 * logs the stages it will run, as {@code enrich --describe} prints them, so the log says what this instance does
 * to every article.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Bean
    EnrichmentPipeline enrichmentPipeline(EnrichProperties properties) {
        EnrichmentPipeline pipeline = PipelinePreload.claim(properties.stages())
                .orElseGet(() -> EnrichmentPipeline.create(properties.stages()));
        log.info("Enrichment pipeline {}, stage: reads -> writes [model]", EnrichmentPipeline.PIPELINE_VERSION);
        pipeline.stageDescriptions().stream().map(StageDescription::line).forEach(line -> log.info("  {}", line));
        return pipeline;
    }
}
