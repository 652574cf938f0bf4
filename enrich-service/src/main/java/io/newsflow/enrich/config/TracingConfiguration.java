package io.newsflow.enrich.config;

import io.micrometer.observation.ObservationRegistry;
import io.newsflow.common.tracing.RecordObservations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;

/**
 * Trace context across the pipeline: each raw record is enriched inside an observation that continues the trace
 * its {@code traceparent} header names (the batch listener is not observed by Spring Kafka), and the enrich
 * template (observation enabled in {@link KafkaConfiguration}) passes it on as a child span. Export and sampling
 * are {@code management.tracing.*} / {@code management.opentelemetry.*} settings (docs/deployment.md, Tracing).
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {
    static final String CLUSTER_NAME = "newsflow";

    /**
     * The admin an observed template asks for the cluster id its spans name: this one knows it as
     * {@value #CLUSTER_NAME} and never asks the broker. By default the template would look the id up through an
     * admin client on the first send, and again on every send while that fails, so with Kafka unreachable each send
     * would first wait out the admin's operation timeout (30 s), inside the batch's transaction.
     */
    static KafkaAdmin namedClusterAdmin() {
        KafkaAdmin named = new KafkaAdmin(Map.of());
        named.setClusterId(CLUSTER_NAME);
        return named;
    }

    @Bean
    RecordObservations enrichTracing(ObservationRegistry observations) {
        return new RecordObservations(observations, "newsflow.enrich.record");
    }
}
