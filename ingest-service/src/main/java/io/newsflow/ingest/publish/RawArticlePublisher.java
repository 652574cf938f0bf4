package io.newsflow.ingest.publish;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.ingest.config.IngestProperties;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes raw article events to Kafka and waits, at most {@code newsflow.ingest.publish-timeout} in all,
 * until the broker has acknowledged them. Only an acknowledged article counts as published.
 */
@Component
public class RawArticlePublisher {
    private static final Logger log = LoggerFactory.getLogger(RawArticlePublisher.class);

    private final KafkaTemplate<String, RawArticleEvent> kafka;
    private final String topic;
    private final Duration timeout;

    public RawArticlePublisher(KafkaTemplate<String, RawArticleEvent> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.topic = properties.topic().name();
        this.timeout = properties.publishTimeout();
    }

    /** @throws KafkaUnavailableException when Kafka did not acknowledge the article in time */
    public PublishedArticle publish(RawArticleEvent event) {
        PublishOutcome outcome = publishAll(List.of(event)).get(0);
        if (!outcome.isPublished()) {
            throw new KafkaUnavailableException(outcome.failure());
        }
        return outcome.published();
    }

    /**
     * Sends all events before waiting for any, so a batch costs one round trip rather than one per article.
     *
     * @return one outcome per event, in order
     */
    public List<PublishOutcome> publishAll(List<RawArticleEvent> events) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CompletableFuture<SendResult<String, RawArticleEvent>>> sends = new ArrayList<>();
        for (RawArticleEvent event : events) {
            sends.add(send(event, deadline));
        }
        List<PublishOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(await(events.get(i), sends.get(i), deadline));
        }
        return outcomes;
    }

    private CompletableFuture<SendResult<String, RawArticleEvent>> send(RawArticleEvent event, long deadline) {
        // Without broker metadata every send blocks for max.block.ms; once the budget is spent, the rest of
        // a batch must fail at once instead of adding one timeout per line.
        if (System.nanoTime() - deadline >= 0) {
            return CompletableFuture.failedFuture(new TimeoutException("not sent: the publish timeout of "
                    + timeout.toMillis() + "ms ran out while earlier articles waited for Kafka"));
        }
        try {
            return kafka.send(RawArticleRecords.toRecord(topic, event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private PublishOutcome await(RawArticleEvent event, CompletableFuture<SendResult<String, RawArticleEvent>> send,
                                 long deadline) {
        try {
            RecordMetadata metadata = send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .getRecordMetadata();
            return PublishOutcome.published(new PublishedArticle(event.id(), event.ninjs().version(),
                    metadata.topic(), metadata.partition(), metadata.offset()));
        } catch (TimeoutException e) {
            return failed(event, "no acknowledgement within the publish timeout of " + timeout.toMillis() + "ms");
        } catch (ExecutionException e) {
            Throwable cause = rootCause(e);
            return failed(event, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(event, "interrupted while waiting for the acknowledgement");
        }
    }

    /** Spring wraps the producer's own exception ("Send failed"); the client learns more from the innermost. */
    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private PublishOutcome failed(RawArticleEvent event, String reason) {
        log.warn("Article {} version {} is not known to be in Kafka topic {}: {}", event.id(),
                event.ninjs().version(), topic, reason);
        return PublishOutcome.failed(reason);
    }
}
