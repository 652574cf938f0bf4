package io.newsflow.ingest.publish;

import io.newsflow.common.cloudevents.CloudEventAttributes;
import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.RawArticleEvent;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The Kafka record of a raw article: keyed by article id so that every version of an article lands on one
 * partition in order, with CloudEvents attributes in binary-mode headers.
 */
public final class RawArticleRecords {
    static final String SOURCE_PREFIX = "/newsflow/ingest/";

    private RawArticleRecords() {
    }

    public static ProducerRecord<String, Object> toRecord(String topic, RawArticleEvent event) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, event.id(), event);
        // Derived from what the event says, so a client's resend after a 503 carries the same ce_id and
        // consumers can drop the duplicate.
        String eventId = CloudEventAttributes.deterministicId(event.id(), event.ninjs().version(), event.contentHash());
        CloudEventHeaders.write(record.headers(), new CloudEventAttributes(eventId,
                SOURCE_PREFIX + event.source().id(), CloudEventAttributes.RAW_ARTICLE_TYPE, event.receivedAt(),
                event.id()));
        return record;
    }
}
