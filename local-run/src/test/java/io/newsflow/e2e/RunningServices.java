package io.newsflow.e2e;

import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.ingest.IngestServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.util.stream.Stream;

/**
 * Both newsflow services, started in this JVM against a given broker exactly as their main classes start
 * them (own configuration files, real HTTP port, real Kafka clients).
 */
final class RunningServices implements AutoCloseable {
    private final ConfigurableApplicationContext enrich;
    private final ConfigurableApplicationContext ingest;

    private RunningServices(ConfigurableApplicationContext enrich, ConfigurableApplicationContext ingest) {
        this.enrich = enrich;
        this.ingest = ingest;
    }

    static RunningServices start(String bootstrapServers) {
        ConfigurableApplicationContext enrich = new SpringApplicationBuilder(EnrichServiceApplication.class)
                .run(arguments(EnrichServiceApplication.CONFIG_NAMES, bootstrapServers));
        // The local profile leaves the push API without API keys; io.newsflow.ingest.auth tests the keys.
        ConfigurableApplicationContext ingest = new SpringApplicationBuilder(IngestServiceApplication.class)
                .run(arguments(IngestServiceApplication.CONFIG_NAMES, bootstrapServers,
                        "--spring.profiles.active=local"));
        return new RunningServices(enrich, ingest);
    }

    /** Command-line arguments, so they win over each service's own configuration file as in production. */
    private static String[] arguments(String configNames, String bootstrapServers, String... more) {
        return Stream.concat(Stream.of("--spring.config.name=" + configNames,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers, "--server.port=0",
                "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN"), Stream.of(more))
                .toArray(String[]::new);
    }

    URI ingestUri(String path) {
        return URI.create("http://127.0.0.1:" + ingest.getEnvironment().getProperty("local.server.port") + path);
    }

    @Override
    public void close() {
        ingest.close();
        enrich.close();
    }
}
