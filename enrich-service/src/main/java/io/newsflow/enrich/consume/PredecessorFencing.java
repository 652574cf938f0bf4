package io.newsflow.enrich.consume;

import io.newsflow.enrich.config.EnrichProperties;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Aborts, before the listener starts, every transaction a killed predecessor with the same instance id left
 * open. Without this, the listener's producer would only be created once a poll returns records, and the
 * poll may wait for exactly such a transaction: its raw offsets are pending, so the group's committed
 * offsets stay unstable until the transaction is aborted or times out ({@code transaction.timeout.ms}).
 * Transactional ids come from a fixed pool of one per listener thread (see KafkaConfiguration); creating
 * each of them once runs {@code initTransactions}, which fences the old producer at once.
 */
@Component
class PredecessorFencing implements SmartLifecycle {
    /** Before the listener containers (Spring Kafka's registry starts at {@code Integer.MAX_VALUE - 100}). */
    static final int PHASE = Integer.MAX_VALUE - 200;
    private static final Logger log = LoggerFactory.getLogger(PredecessorFencing.class);

    private final ProducerFactory<String, byte[]> producers;
    private final int listenerThreads;
    private volatile boolean running;

    PredecessorFencing(ProducerFactory<String, byte[]> enrichProducerFactory, EnrichProperties properties) {
        this.producers = enrichProducerFactory;
        this.listenerThreads = properties.concurrency();
    }

    @Override
    public void start() {
        List<Producer<String, byte[]>> held = new ArrayList<>();
        try {
            // held together, so that each takes a different id of the pool
            for (int i = 0; i < listenerThreads; i++) {
                held.add(producers.createProducer());
            }
        } catch (RuntimeException e) {
            // not fatal: the listener's first transactions fence them too, or they time out
            log.warn("Could not initialise the transactional ids at start-up to abort a predecessor's open "
                    + "transactions: {}", e.toString());
        } finally {
            held.forEach(Producer::close);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
