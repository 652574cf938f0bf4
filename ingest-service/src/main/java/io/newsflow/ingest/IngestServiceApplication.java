package io.newsflow.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Map;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestServiceApplication {
    /**
     * The service's defaults live in {@code ingest-service.yml}, not {@code application.yml}, so that both
     * services can share one classpath (the end-to-end tests do); an {@code application.yml} supplied by
     * the operator still overrides them.
     */
    public static final String CONFIG_NAMES = "ingest-service,application";

    public static void main(String[] args) {
        if (IngestServiceUsage.asksForHelp(args)) {
            // before Spring: help needs neither Kafka nor an API key
            System.out.print(IngestServiceUsage.text());
            return;
        }
        SpringApplication application = new SpringApplication(IngestServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
