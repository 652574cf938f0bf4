package io.newsflow.enrich.consume;

import io.newsflow.enrich.pipeline.PermanentEnrichmentException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A raw record that is JSON of the right shape but lacks what every raw article event has (event contract). */
final class MalformedRawEventException extends PermanentEnrichmentException {
    private static final long serialVersionUID = 1L;

    MalformedRawEventException(ConsumerRecord<String, byte[]> record, String missing) {
        super("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " is not a raw article event: " + missing + " is missing or blank");
    }
}
