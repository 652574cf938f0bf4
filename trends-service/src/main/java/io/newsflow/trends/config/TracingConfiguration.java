package io.newsflow.trends.config;

import io.micrometer.observation.ObservationRegistry;
import io.newsflow.common.tracing.RecordObservations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trace context at the end of the pipeline: the article feed handles each enriched record inside an observation
 * that continues the record's {@code traceparent} (its log lines carry the trace id and the article id). Kafka
 * Streams has no observation of its own; it copies each input record's headers, {@code traceparent} included,
 * to the records a processor forwards, so the trend and story records carry the trace of the article that last
 * changed them (docs/deployment.md, "Tracing").
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    RecordObservations trendsTracing(ObservationRegistry observations) {
        return new RecordObservations(observations, "newsflow.trends.feed.record");
    }
}
