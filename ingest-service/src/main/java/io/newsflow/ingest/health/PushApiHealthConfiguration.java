package io.newsflow.ingest.health;

import io.newsflow.ingest.config.IngestProperties;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The {@code pushApi} health contributor, on an admin client of its own so that a slow check blocks nothing else. */
@Configuration(proxyBeanMethods = false)
class PushApiHealthConfiguration {

    @Bean
    PushApiHealthIndicator pushApiHealthIndicator(KafkaAdmin kafkaAdmin, IngestProperties properties) {
        return new PushApiHealthIndicator(Admin.create(kafkaAdmin.getConfigurationProperties()),
                properties.topic().name());
    }
}
