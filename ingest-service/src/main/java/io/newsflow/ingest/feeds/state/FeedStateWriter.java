package io.newsflow.ingest.feeds.state;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes state records to a chosen partition and waits for every in-sync replica to acknowledge them, so
 * that a replica taking the feed over reads them.
 */
final class FeedStateWriter implements AutoCloseable {
    private final Producer<String, FeedStateRecord> producer;
    private final String topic;
    private final Duration timeout;

    FeedStateWriter(Producer<String, FeedStateRecord> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** @return the record's offset */
    long write(int partition, String articleId, FeedStateRecord record) {
        String failure = "Could not store the published version of " + articleId + " in " + topic + "-" + partition
                + " within " + timeout + "; the item is offered again on the next poll of feed " + record.feedId();
        try {
            return producer.send(new ProducerRecord<>(topic, partition, articleId, record))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException(failure + " (" + e.getCause().getMessage() + ")", e.getCause());
        } catch (TimeoutException | KafkaException e) {
            throw new IllegalStateException(failure + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure + " (interrupted)", e);
        }
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
