package io.newsflow.ingest.feeds.state;

import io.newsflow.ingest.feeds.config.FeedsProperties;
import io.newsflow.ingest.versions.PublishedVersionsProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Feed ownership on the published-versions topic's partitions ({@link KafkaFeedOwnership}), its health and metrics. */
@Configuration(proxyBeanMethods = false)
class FeedStateConfiguration {

    @Bean
    KafkaFeedOwnership kafkaFeedOwnership(FeedStateProperties properties, PublishedVersionsProperties versions,
                                          KafkaProperties kafka) {
        return new KafkaFeedOwnership(properties, versions.topic(), kafka.buildConsumerProperties());
    }

    @Bean
    FeedStateHealthIndicator feedStateHealthIndicator(KafkaFeedOwnership ownership, FeedsProperties feeds) {
        return new FeedStateHealthIndicator(ownership, feeds.enabledSources().size());
    }

    @Bean
    FeedStateMetrics feedStateMetrics(KafkaFeedOwnership ownership) {
        return new FeedStateMetrics(ownership);
    }
}
