package io.newsflow.enrich.consume;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Aborts, right at start-up, the transaction a killed predecessor with the same instance id left open. The
 * listener's producer would otherwise only be created once a poll returns records, and the poll may wait for
 * exactly that transaction: its raw offsets are pending, so the group's committed offsets stay unstable until
 * the transaction is aborted or times out ({@code transaction.timeout.ms}). Initialising the producer under
 * the same transactional id (an empty transaction) fences the old one at once.
 */
@Component
class PredecessorFencing {
    private static final Logger log = LoggerFactory.getLogger(PredecessorFencing.class);

    private final KafkaTemplate<String, byte[]> template;

    PredecessorFencing(KafkaTemplate<String, byte[]> enrichTemplate) {
        this.template = enrichTemplate;
    }

    @EventListener(ApplicationStartedEvent.class)
    void fencePredecessor() {
        Thread fencing = new Thread(() -> {
            try {
                template.executeInTransaction(operations -> null);
            } catch (RuntimeException e) {
                // not fatal: the listener's first transaction fences it too, or it times out
                log.warn("Could not open a transaction at start-up to abort a predecessor's: {}", e.toString());
            }
        }, "fence-predecessor");
        fencing.setDaemon(true);
        fencing.start();
    }
}
