package io.newsflow.enrich.config;

import io.micrometer.observation.ObservationRegistry;
import io.newsflow.common.tracing.RecordObservations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trace context across the pipeline: each raw record is enriched inside an observation that continues the trace
 * its {@code traceparent} header names (the batch listener is not observed by Spring Kafka), and the enrich
 * template (observation enabled in {@link KafkaConfiguration}) passes it on as a child span. Export and sampling
 * are {@code management.tracing.*} / {@code management.opentelemetry.*} settings (docs/deployment.md, Tracing).
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    RecordObservations enrichTracing(ObservationRegistry observations) {
        return new RecordObservations(observations, "newsflow.enrich.record");
    }
}
