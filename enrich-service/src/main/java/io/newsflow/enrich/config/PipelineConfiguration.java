package io.newsflow.enrich.config;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline is built at start-up, not on the first record: loading the NER model takes seconds, and the
 * service should report ready only once it can enrich at full speed.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    EnrichmentPipeline enrichmentPipeline() {
        return EnrichmentPipeline.createDefault();
    }
}
