package io.newsflow.ingest.config;

import io.newsflow.common.serde.JsonEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.ProducerFactory;

import java.util.Map;

/**
 * The producer settings the HTTP API's promise rests on: a 202 means the record is on every in-sync
 * replica, so acks=all with idempotence (a retried send never duplicates), and the producer's own waits
 * are bounded by {@code newsflow.ingest.publish-timeout} so it gives up no later than the request does.
 * The producer is transactional: a raw record and its published-versions record are committed together.
 * They are set in code rather than in application.yml because changing them would silently break that promise.
 */
@Configuration(proxyBeanMethods = false)
class KafkaPublishingConfiguration {
    /** A client waits for its 202, so batching may only cost a few milliseconds. */
    private static final int LINGER_MS = 5;
    /** As enrich-service's: short, since it is how long a killed replica's open transaction can hold readers up. */
    private static final int MIN_TRANSACTION_TIMEOUT_MS = 15_000;

    @Bean
    DefaultKafkaProducerFactoryCustomizer rawArticleProducerSettings(IngestProperties properties) {
        return factory -> {
            factory.updateConfigs(producerSettings(properties));
            factory.setTransactionIdPrefix(transactionIdPrefix(properties));
            // The same few ids after every restart, so that the restarted replica can fence its predecessor's.
            factory.setTransactionIdSuffixStrategy(
                    new DefaultTransactionIdSuffixStrategy(IngestProperties.MAX_OPEN_TRANSACTIONS));
        };
    }

    @Bean
    PredecessorFencing predecessorFencing(ProducerFactory<String, Object> producers, IngestProperties properties) {
        return new PredecessorFencing(producers.getConfigurationProperties(), transactionIdPrefix(properties),
                IngestProperties.MAX_OPEN_TRANSACTIONS);
    }

    @Bean
    NewTopic rawArticlesTopic(IngestProperties properties) {
        IngestProperties.Topic topic = properties.topic();
        return TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(topic.replicas()).build();
    }

    static String transactionIdPrefix(IngestProperties properties) {
        return "newsflow-ingest-" + properties.instanceIdOrHostName() + "-";
    }

    static Map<String, Object> producerSettings(IngestProperties properties) {
        int timeoutMs = Math.toIntExact(properties.publishTimeout().toMillis());
        // Half the budget per request leaves the producer time for one retry on a new leader; Kafka
        // requires delivery.timeout.ms >= linger.ms + request.timeout.ms, which this keeps.
        int requestTimeoutMs = Math.max(1, timeoutMs / 2 - LINGER_MS);
        return Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JsonEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, LINGER_MS,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) timeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs,
                // A transaction left open by a killed replica hides later raw records from read_committed readers
                // until it is aborted: by the restarted replica at start-up (PredecessorFencing), or after this long.
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(MIN_TRANSACTION_TIMEOUT_MS, timeoutMs + LINGER_MS));
    }
}
