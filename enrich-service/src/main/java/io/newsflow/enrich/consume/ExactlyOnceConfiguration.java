package io.newsflow.enrich.consume;

import io.newsflow.enrich.config.EnrichProperties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of exactly-once enrichment beyond Kafka's transactions: the record of processed versions, kept
 * in step with partition assignment, and what happens after a batch's transaction was rolled back.
 */
@Configuration(proxyBeanMethods = false)
class ExactlyOnceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ExactlyOnceConfiguration.class);

    @Bean(destroyMethod = "close")
    ProcessedVersions processedVersions(KafkaProperties kafka, EnrichProperties properties) {
        Map<String, Object> settings = new HashMap<>(kafka.buildConsumerProperties());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new ProcessedVersions(properties.processedTopic(),
                new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer()),
                Duration.ofSeconds(30));
    }

    /** A partition's processed versions are read when a batch first needs them, and dropped when it leaves. */
    @Bean
    ConsumerAwareRebalanceListener processedVersionsRebalance(ProcessedVersions processed) {
        return new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                processed.forget(numbers(partitions));
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                processed.forget(numbers(partitions));
            }

            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // a partition assigned again may have been processed elsewhere in between
                processed.forget(numbers(partitions));
            }
        };
    }

    private static List<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).toList();
    }

    /**
     * After a rolled-back batch (the broker did not take the transaction, or the processed topic could not
     * be read): seek back and retry, without end and without dead-lettering, since such a failure says
     * nothing about the records. Records the pipeline cannot enrich never get here; they are dead-lettered
     * inside the transaction.
     */
    @Bean
    AfterRollbackProcessor<Object, Object> rawBatchRollback(EnrichProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(Math.max(properties.retryBackoff().toMillis(), 5_000));
        return new DefaultAfterRollbackProcessor<>((record, failure) ->
                log.error("Gave up on {}-{}@{}", record.topic(), record.partition(), record.offset(), failure),
                backOff);
    }
}
