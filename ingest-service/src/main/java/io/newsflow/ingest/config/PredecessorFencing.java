package io.newsflow.ingest.config;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Aborts, at start-up, every transaction a killed predecessor with the same instance id left open. Such a
 * transaction hides every later raw record of the partitions it wrote to from read_committed readers (enrich-service
 * among them) until it is aborted; a replica that takes few pushes would otherwise reuse only its first transactional
 * id and leave the others to {@code transaction.timeout.ms}. Initialising each id of the fixed pool once fences the
 * old producer and aborts its transaction at once. It runs before the web server and the feed pollers start, so no
 * publish races it; each wait is short, so a replica started while Kafka is down starts all the same, a few seconds
 * later (answering 503 until Kafka is back).
 */
class PredecessorFencing implements SmartLifecycle {
    /** Before the published versions, the web server and the feed pollers. */
    static final int PHASE = DEFAULT_PHASE - 4096;
    /** Longest one id's initialisation may wait for Kafka; the first that fails ends the attempt. */
    static final Duration MAX_WAIT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(PredecessorFencing.class);

    private final Map<String, Object> producerConfig;
    private final String transactionIdPrefix;
    private final int poolSize;
    private volatile boolean running;

    /**
     * @param producerConfig      the publisher's producer settings (bootstrap servers, security, serializers)
     * @param transactionIdPrefix the publisher's prefix; the pool's ids are the prefix and 0 to poolSize - 1
     */
    PredecessorFencing(Map<String, Object> producerConfig, String transactionIdPrefix, int poolSize) {
        this.producerConfig = producerConfig;
        this.transactionIdPrefix = transactionIdPrefix;
        this.poolSize = poolSize;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < poolSize; i++) {
            Map<String, Object> settings = new HashMap<>(producerConfig);
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionIdPrefix + i);
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_WAIT.toMillis());
            try (KafkaProducer<Object, Object> producer = new KafkaProducer<>(settings)) {
                producer.initTransactions();
            } catch (KafkaException e) {
                // not fatal: the publisher's transactions fence them too, or the broker aborts them after the timeout
                log.warn("Could not initialise transactional id {} at start-up to abort a predecessor's open "
                        + "transactions: {}", transactionIdPrefix + i, e.toString());
                return;
            }
        }
        log.info("Initialised transactional ids {}0 to {}{}: no transaction of a predecessor is left open",
                transactionIdPrefix, transactionIdPrefix, poolSize - 1);
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
