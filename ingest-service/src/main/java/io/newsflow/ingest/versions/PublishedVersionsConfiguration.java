package io.newsflow.ingest.versions;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The compacted published-versions topic and the one {@link PublishedVersions} on it, with its metrics. */
@Configuration(proxyBeanMethods = false)
class PublishedVersionsConfiguration {

    @Bean
    NewTopic publishedVersionsTopic(PublishedVersionsProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions())
                .replicas(properties.replicas()).compact().build();
    }

    @Bean
    PublishedVersions publishedVersions(PublishedVersionsProperties properties, KafkaProperties kafka) {
        return new PublishedVersions(properties, kafka.buildConsumerProperties(), kafka.buildAdminProperties());
    }

    @Bean
    PublishedVersionsMetrics publishedVersionsMetrics(PublishedVersions versions) {
        return new PublishedVersionsMetrics(versions);
    }
}
