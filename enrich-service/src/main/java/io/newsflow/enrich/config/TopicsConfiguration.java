package io.newsflow.enrich.config;

import org.apache.kafka.clients.admin.NewTopic;
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
                topic(properties.deadLetterTopic(), properties));
    }

    private static NewTopic topic(String name, EnrichProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }
}
