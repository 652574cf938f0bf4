package io.newsflow.enrich.consume;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.newsflow.common.tracing.RecordObservations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What trace context adds to enrich's per-article cost: for each record, the receiver observation that continues
 * its {@code traceparent} (RecordObservations) and the observed send of the enriched record (a child span written
 * into its headers), against the same send without either. Tracing as Spring Boot's auto-configuration sets it up
 * (OpenTelemetry bridge, every trace sampled, no exporter), the producer a MockProducer so that only the
 * tracing's own work is timed. Not a timed test: it prints figures for docs/benchmarks.md and runs only with
 * {@code -Dnewsflow.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "newsflow.benchmark", matches = "true")
class RecordTracingCostBenchmark {
    private static final int WARMUP = 100_000;
    private static final int MEASURED = 300_000;
    private static final byte[] VALUE = "{\"id\":\"bench:1\"}".getBytes(StandardCharsets.UTF_8);

    static final MockProducer<String, byte[]> TRACED_PRODUCER = producer();
    static final MockProducer<String, byte[]> PLAIN_PRODUCER = producer();

    /** Tracing as auto-configured; no KafkaAdmin, which an observed template would ask for the cluster id. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
    static class TracingOnly {
        @Bean
        KafkaTemplate<String, byte[]> tracedTemplate() {
            KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new MockProducerFactory<>(() -> TRACED_PRODUCER));
            template.setObservationEnabled(true);
            return template;
        }

        @Bean
        KafkaTemplate<String, byte[]> plainTemplate() {
            return new KafkaTemplate<>(new MockProducerFactory<>(() -> PLAIN_PRODUCER));
        }
    }

    /** A producer that stays open: the template closes what a factory gives it after each send. */
    private static MockProducer<String, byte[]> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()) {
            @Override
            public void close() {
            }

            @Override
            public void close(Duration timeout) {
            }
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void costOfContinuingTheTraceOfOneRecord() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TracingOnly.class)
                .web(WebApplicationType.NONE)
                .run("--management.tracing.sampling.probability=1.0", "--logging.level.root=WARN")) {
            assertThat(context.getBean(Tracer.class)).as("the OpenTelemetry bridge is configured")
                    .isNotEqualTo(Tracer.NOOP);
            RecordObservations tracing = new RecordObservations(context.getBean(ObservationRegistry.class),
                    "newsflow.enrich.record");
            KafkaTemplate<String, byte[]> traced = context.getBean("tracedTemplate", KafkaTemplate.class);
            KafkaTemplate<String, byte[]> plain = context.getBean("plainTemplate", KafkaTemplate.class);
            ConsumerRecord<String, byte[]> raw = new ConsumerRecord<>("newsflow.articles.raw.v1", 0, 0, "bench:1",
                    VALUE);
            raw.headers().add("traceparent",
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));

            Runnable withTracing = () -> tracing.observe(raw, raw.key(), () -> traced.send(
                    new ProducerRecord<>("newsflow.articles.enriched.v1", raw.key(), VALUE)));
            Runnable without = () -> plain.send(new ProducerRecord<>("newsflow.articles.enriched.v1", raw.key(), VALUE));
            run(without, WARMUP);
            run(withTracing, WARMUP);
            double baseline = run(without, MEASURED);
            double tracedCost = run(withTracing, MEASURED);
            // the traced send carries a child of the record's trace: the benchmark measures the real thing
            List<ProducerRecord<String, byte[]>> sent = TRACED_PRODUCER.history();
            assertThat(new String(sent.get(sent.size() - 1).headers().lastHeader("traceparent").value(),
                    StandardCharsets.UTF_8)).contains("4bf92f3577b34da6a3ce929d0e0e4736");
            System.out.printf(Locale.ROOT, "send without tracing: %.2f us/record; with record observation and traced"
                    + " send: %.2f us/record; tracing adds %.2f us/record%n", baseline, tracedCost,
                    tracedCost - baseline);
        }
    }

    /** Mean microseconds per run of {@code work}; the mock producers forget what was sent now and then. */
    private static double run(Runnable work, int times) {
        long start = System.nanoTime();
        for (int i = 1; i <= times; i++) {
            work.run();
            if (i % 10_000 == 0 && i < times) {
                TRACED_PRODUCER.clear();
                PLAIN_PRODUCER.clear();
            }
        }
        return (System.nanoTime() - start) / 1_000.0 / times;
    }
}
