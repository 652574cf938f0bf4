package io.newsflow.ingest.feeds.state;

import io.newsflow.ingest.feeds.config.FeedsProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import java.time.Clock;

/** The compacted feed-state topic and the {@link KafkaFeedState} on it, with its health and metrics. */
@Configuration(proxyBeanMethods = false)
class FeedStateConfiguration {

    @Bean
    NewTopic feedStateTopic(FeedStateProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions())
                .replicas(properties.replicas()).compact().build();
    }

    @Bean
    KafkaFeedState kafkaFeedState(FeedStateProperties properties, KafkaProperties kafka, Clock clock) {
        return new KafkaFeedState(properties, kafka.buildConsumerProperties(), kafka.buildProducerProperties(), clock);
    }

    @Bean
    FeedStateHealthIndicator feedStateHealthIndicator(KafkaFeedState feedState, FeedsProperties feeds) {
        return new FeedStateHealthIndicator(feedState, feeds.enabledSources().size());
    }

    @Bean
    FeedStateMetrics feedStateMetrics(KafkaFeedState feedState) {
        return new FeedStateMetrics(feedState);
    }
}
