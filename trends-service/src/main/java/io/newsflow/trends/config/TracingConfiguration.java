package io.newsflow.trends.config;

import io.micrometer.observation.ObservationRegistry;
import io.newsflow.common.tracing.RecordObservations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trace context at the end of the pipeline: the article feed handles each enriched record inside an observation
 * that continues the record's {@code traceparent} (its log lines carry the trace id and the article id). Kafka
 * Streams has no observation of its own; it copies an input record's headers, {@code traceparent} included, to
 * the records a processor forwards from it: the repartition records and the story records carry the trace of their
 * article. Trend records are emitted by a punctuator, for many articles at once; each carries the trace of the first
 * article that changed its window since the previous emit (docs/deployment.md, "Tracing").
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    RecordObservations trendsTracing(ObservationRegistry observations) {
        return new RecordObservations(observations, "newsflow.trends.feed.record");
    }
}
