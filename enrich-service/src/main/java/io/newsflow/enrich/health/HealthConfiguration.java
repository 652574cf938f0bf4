package io.newsflow.enrich.health;

import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Readiness = the application is ready ({@code readinessState}), Kafka answers and the listener runs
 * ({@code kafka}), and the models are loaded ({@code pipeline}); see the readiness group in enrich-service.yml.
 * Liveness stays the application's own {@code livenessState}: a broker outage must not get the pod restarted.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {
    /** The id of the raw article listener ({@code RawArticleListener}). */
    static final String LISTENER_ID = "raw-articles";

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        return new KafkaHealthIndicator(Admin.create(kafkaAdmin.getConfigurationProperties()), listeners, LISTENER_ID);
    }

    @Bean
    PipelineHealthIndicator pipelineHealthIndicator(EnrichmentPipeline pipeline) {
        return new PipelineHealthIndicator(pipeline);
    }
}
