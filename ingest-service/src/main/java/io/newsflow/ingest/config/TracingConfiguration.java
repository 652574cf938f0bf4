package io.newsflow.ingest.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;

/**
 * Trace context for the raw records: the template is observed ({@code spring.kafka.template.observation-enabled}),
 * so each record carries the push request's trace as a child span in its {@code traceparent} header.
 *
 * <p>An observed template names the Kafka cluster in its span, and by default asks the broker for the cluster id
 * through an admin client on its first send, and again on every send while that fails: with Kafka unreachable,
 * each publish would wait out the admin's operation timeout (30 s) before the producer's own, far beyond
 * {@code newsflow.ingest.publish-timeout}, and a 503 would come too late. So the span names the cluster
 * {@value #CLUSTER_NAME} and the broker is never asked.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {
    static final String CLUSTER_NAME = "newsflow";

    @Bean
    static BeanPostProcessor observedTemplatesNameTheirCluster() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    KafkaAdmin named = new KafkaAdmin(Map.of());
                    named.setClusterId(CLUSTER_NAME);
                    template.setKafkaAdmin(named);
                }
                return bean;
            }
        };
    }
}
