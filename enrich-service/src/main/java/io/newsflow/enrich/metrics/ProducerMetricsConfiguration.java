package io.newsflow.enrich.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.CompositeProducerListener;
import org.springframework.kafka.support.LoggingProducerListener;

import java.time.Clock;

/**
 * Gives every {@link KafkaTemplate} of the service the {@link EnrichedArticleMetrics} listener beside Spring's
 * default logging one. Attached here, after the templates are built, so that measuring needs no change to how
 * the producers are configured; the listener ignores records that are not enriched articles.
 */
@Configuration(proxyBeanMethods = false)
class ProducerMetricsConfiguration {

    /** Static, as a post-processor must be; the registry is looked up only when a template appears. */
    @Bean
    static BeanPostProcessor enrichedArticleMetricsAttacher(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            private EnrichedArticleMetrics metrics;

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    @SuppressWarnings("unchecked")
                    KafkaTemplate<Object, Object> untyped = (KafkaTemplate<Object, Object>) template;
                    untyped.setProducerListener(new CompositeProducerListener<>(new LoggingProducerListener<>(),
                            metrics()));
                }
                return bean;
            }

            private synchronized EnrichedArticleMetrics metrics() {
                if (metrics == null) {
                    metrics = new EnrichedArticleMetrics(registry.getObject(), Clock.systemUTC());
                }
                return metrics;
            }
        };
    }
}
