package io.newsflow.enrich.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Exactly-once consume-enrich-produce (ADR "exactly-once enrichment"): one transactional producer writes the
 * enriched records, the dead letters and the processed-version records of a whole poll batch, and the
 * container adds the raw offsets to the same transaction. Values are bytes, so a dead letter is exactly what
 * arrived, even when it was not valid JSON; enriched events are serialised by their publisher.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    ProducerFactory<String, byte[]> enrichProducerFactory(KafkaProperties kafka, EnrichProperties properties) {
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(
                producerSettings(kafka.buildProducerProperties(), properties),
                new StringSerializer(), new ByteArraySerializer());
        // Stable across restarts: a restarted instance's producer fences its predecessor and aborts the
        // transaction it left open, instead of read_committed readers waiting for transaction.timeout.ms.
        factory.setTransactionIdPrefix("newsflow-enrich-" + instanceId(properties) + "-");
        // a fixed pool of ids, one per listener thread: a restart reuses exactly the ids it may have to fence
        factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(properties.concurrency()));
        return factory;
    }

    static Map<String, Object> producerSettings(Map<String, Object> base, EnrichProperties properties) {
        Map<String, Object> settings = new HashMap<>(base);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // bounds every blocking producer call, including sending the offsets and committing the transaction
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.publishTimeout().toMillis());
        return settings;
    }

    @Bean
    KafkaTemplate<String, byte[]> enrichTemplate(ProducerFactory<String, byte[]> enrichProducerFactory) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(enrichProducerFactory);
        // writes the current span's traceparent into every record it sends (enriched, dead letter, processed marker)
        template.setObservationEnabled(true);
        template.setKafkaAdmin(TracingConfiguration.namedClusterAdmin());
        return template;
    }

    @Bean
    KafkaTransactionManager<String, byte[]> enrichTransactionManager(
            ProducerFactory<String, byte[]> enrichProducerFactory) {
        KafkaTransactionManager<String, byte[]> manager = new KafkaTransactionManager<>(enrichProducerFactory);
        // the listener learns of each commit (to record its processed versions); Kafka's default is NEVER
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ALWAYS);
        return manager;
    }

    /**
     * Batch listener in transactions; consumer settings that must hold whatever the operator configures:
     * read_committed, and static membership under this instance's id (Spring appends {@code -n} per
     * listener thread).
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, KafkaProperties kafka,
            KafkaTransactionManager<String, byte[]> enrichTransactionManager,
            AfterRollbackProcessor<Object, Object> rawBatchRollback,
            ConsumerAwareRebalanceListener processedVersionsRebalance, EnrichProperties properties,
            MeterRegistry meterRegistry) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        Map<String, Object> consumerSettings = new HashMap<>(kafka.buildConsumerProperties());
        consumerOverrides(properties).forEach((key, value) -> consumerSettings.put((String) key, value));
        DefaultKafkaConsumerFactory<Object, Object> consumerFactory = new DefaultKafkaConsumerFactory<>(consumerSettings);
        // the consumer's own metrics (records lag among them, which the lag alert and dashboard read): Boot adds
        // this listener only to the consumer factory it builds itself
        consumerFactory.addListener(new MicrometerConsumerListener<>(meterRegistry));
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.getContainerProperties().setKafkaAwareTransactionManager(enrichTransactionManager);
        factory.getContainerProperties().setConsumerRebalanceListener(processedVersionsRebalance);
        factory.setAfterRollbackProcessor(rawBatchRollback);
        // stopping waits for the batch in hand to be enriched and committed, up to this long
        factory.getContainerProperties().setShutdownTimeout(properties.shutdownTimeout().toMillis());
        return factory;
    }

    static Properties consumerOverrides(EnrichProperties properties) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString()
                .toLowerCase(Locale.ROOT));
        overrides.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newsflow-enrich-" + instanceId(properties));
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return overrides;
    }

    /** {@code newsflow.enrich.instance-id}, or the host name (stable for a StatefulSet pod or a host). */
    static String instanceId(EnrichProperties properties) {
        if (!properties.instanceId().isBlank()) {
            return properties.instanceId().strip();
        }
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("newsflow.enrich.instance-id is not set and the host name cannot be "
                    + "resolved; set newsflow.enrich.instance-id to a name stable across restarts", e);
        }
    }
}
