package io.newsflow.trends;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Map;

/** trends-service: live trends and stories computed by Kafka Streams from the enriched topic, and the API over them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrendsServiceApplication {
    /**
     * Defaults live in {@code trends-service.yml}, not {@code application.yml}, so that the services can share one
     * classpath (as ingest and enrich do); an operator's {@code application.yml} still overrides them.
     */
    public static final String CONFIG_NAMES = "trends-service,application";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TrendsServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
