package io.newsflow.enrich.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates the topics enrich-service reads and writes when they are missing (existing ones are left alone). */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics enrichTopics(EnrichProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(properties.rawTopic(), properties),
                topic(properties.enrichedTopic(), properties),
                topic(properties.deadLetterTopic(), properties),
                processedTopic(properties));
    }

    /** One record per enriched version, kept for processed-retention; as many partitions as the raw topic. */
    private static NewTopic processedTopic(EnrichProperties properties) {
        return TopicBuilder.name(properties.processedTopic())
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.processedRetention().toMillis()))
                .build();
    }

    private static NewTopic topic(String name, EnrichProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }
}
