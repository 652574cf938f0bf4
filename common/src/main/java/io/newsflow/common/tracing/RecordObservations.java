package io.newsflow.common.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

/**
 * Runs the work done for one consumed Kafka record inside an observation that continues the trace the record
 * carries (the W3C {@code traceparent} header a producer's observation wrote), or starts one when it carries none.
 * Spring Kafka observes record listeners itself, but not batch listeners nor hand-made consumers, which is what
 * newsflow's services use; this fills that gap.
 *
 * <p>While the work runs, a tracer bridge (Micrometer Tracing) makes the span current, so the logs carry its
 * {@code traceId} and an observed {@code KafkaTemplate} sends the records it writes as children of it; the MDC
 * also names the article ({@value #ARTICLE_ID}), so one article can be followed through the logs of every
 * service. Without a tracer on the classpath, nothing but the MDC entry and a timer remains.
 */
public final class RecordObservations {
    /** The MDC key of the article a log line is about. */
    public static final String ARTICLE_ID = "articleId";

    private final ObservationRegistry registry;
    private final String name;

    /**
     * @param name the observation's name, also the name of its timer ({@code newsflow.enrich.record} becomes
     *             {@code newsflow_enrich_record_seconds})
     */
    public RecordObservations(ObservationRegistry registry, String name) {
        this.registry = registry;
        this.name = name;
    }

    /** Runs {@code work} for the record of article {@code articleId} (may be null) within the record's trace. */
    public void observe(ConsumerRecord<?, ?> record, String articleId, Runnable work) {
        ReceiverContext<ConsumerRecord<?, ?>> context = new ReceiverContext<>(RecordObservations::lastHeader);
        context.setCarrier(record);
        context.setRemoteServiceName("kafka");
        Observation observation = Observation.createNotStarted(name, () -> context, registry)
                .contextualName(record.topic() + " process")
                .lowCardinalityKeyValue("topic", record.topic());
        boolean named = articleId != null;
        if (named) {
            MDC.put(ARTICLE_ID, articleId);
        }
        try {
            observation.observe(work);
        } finally {
            if (named) {
                MDC.remove(ARTICLE_ID);
            }
        }
    }

    /** A header's value as the propagator reads it: the last one of that name, as text. */
    static String lastHeader(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
