package io.newsflow.ingest.publish;

/**
 * Kafka did not acknowledge an article within {@code newsflow.ingest.publish-timeout}. The article may or
 * may not have reached the broker; sending it again is safe, because the resend carries the same id,
 * version and CloudEvents id.
 */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String reason) {
        super("Kafka did not acknowledge the article: " + reason + ". Send it again later; a resend is "
                + "recognised as the same article version.");
    }
}
