package io.newsflow.deployment;

import io.newsflow.trends.config.TrendsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** trends-service's Kafka names as its own configuration file (trends-service.yml) sets them. */
final class TrendsConfiguration {
    private static final Binder BINDER = load();

    private TrendsConfiguration() {
    }

    /** The Kafka Streams application id: its consumer group, and the prefix of its internal topics and ids. */
    static String applicationId() {
        return BINDER.bind("spring.kafka.streams.application-id", String.class)
                .orElseThrow(() -> new AssertionError("trends-service.yml sets no spring.kafka.streams.application-id"));
    }

    /** The compacted topics trends-service writes. */
    static List<String> outputTopics() {
        TrendsProperties properties = BINDER.bindOrCreate("newsflow.trends", TrendsProperties.class);
        return List.of(properties.entitiesTopic(), properties.topicsTopic(), properties.placesTopic(),
                properties.storiesTopic());
    }

    /** {@code num.standby.replicas} as configured, Kafka Streams' default 0 when it is not. */
    static int standbyReplicas() {
        return BINDER.bind("spring.kafka.streams.properties.num.standby.replicas", Integer.class).orElse(0);
    }

    private static Binder load() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("trends-service.yml", new ClassPathResource("trends-service.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read trends-service.yml", e);
        }
    }
}
