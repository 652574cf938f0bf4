package io.newsflow.enrich.config;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.serde.JsonEventSerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Two producers: one writes enriched events as JSON, the other copies failed raw records byte for byte to
 * the dead-letter topic, so a dead letter is exactly what arrived, even when it was not valid JSON.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaTemplate<String, EnrichedArticleEvent> enrichedArticleTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(reliableProducer(kafka),
                new StringSerializer(), new JsonEventSerializer<>()));
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(reliableProducer(kafka),
                new StringSerializer(), new ByteArraySerializer()));
    }

    /** acks=all with idempotence: an acknowledged record survives a broker failure and is never doubled. */
    private static Map<String, Object> reliableProducer(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
