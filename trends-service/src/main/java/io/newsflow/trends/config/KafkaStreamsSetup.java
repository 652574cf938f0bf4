package io.newsflow.trends.config;

import io.newsflow.trends.stream.ArticleChange;
import io.newsflow.trends.stream.TrendsTopology;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wires the topology into Spring Kafka's {@code StreamsBuilderFactoryBean} (configured from
 * {@code spring.kafka.streams.*}) and creates the topics trends-service needs when they are missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class KafkaStreamsSetup {

    @Bean
    KStream<String, ArticleChange> trendsTopology(StreamsBuilder builder, TrendsProperties properties) {
        return TrendsTopology.build(builder, properties);
    }

    /**
     * The source topic must exist before Kafka Streams starts; created as enrich-service creates it (an existing
     * topic is left as it is).
     */
    @Bean
    KafkaAdmin.NewTopics trendsTopics(TrendsProperties properties) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(properties.enrichedTopic()).partitions(properties.topicPartitions())
                        .replicas(properties.topicReplicas()).build(),
                compacted(properties.entitiesTopic(), properties),
                compacted(properties.topicsTopic(), properties),
                compacted(properties.placesTopic(), properties),
                compacted(properties.storiesTopic(), properties));
    }

    private static NewTopic compacted(String name, TrendsProperties properties) {
        return TopicBuilder.name(name).partitions(properties.topicPartitions()).replicas(properties.topicReplicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }
}
