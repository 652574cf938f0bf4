package io.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * What {@code java -jar <ingest jar> --help} prints: the command line, the main settings with their environment
 * variables, and the ports. Answered before Spring starts, so it works without Kafka and without an API key.
 */
final class IngestServiceUsage {
    private static final List<String> HELP_ARGUMENTS = List.of("--help", "-h", "-help", "help");
    private static final String BUILD_PROPERTIES = "/newsflow-ingest-build.properties";

    private IngestServiceUsage() {
    }

    /** Whether the command line asks for help, whatever else it holds. */
    static boolean asksForHelp(String... args) {
        for (String arg : args) {
            if (HELP_ARGUMENTS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    static String text() {
        return """
                Usage: java -jar ingest-service/target/%1$s [--name=value ...]

                newsflow ingest-service: takes articles pushed over HTTP and polls wire feeds, and publishes each
                new article version once to Kafka (newsflow.articles.raw.v1). It runs until stopped.

                Every setting can be given as --name=value, as an environment variable (upper case, dots and
                hyphens as underscores) or in an application.yml beside the jar. The main ones:

                  spring.kafka.bootstrap-servers   KAFKA_BOOTSTRAP_SERVERS        Kafka brokers (default localhost:9092)
                  server.port                      SERVER_PORT                    HTTP port for the push API, /actuator/health
                                                                                  and /actuator/prometheus (default 8080)
                  spring.profiles.active=local     SPRING_PROFILES_ACTIVE=local   development profile: the push API needs no
                                                                                  API key (./run-local and the tests use it)
                  newsflow.ingest.auth.keys[0].id / .sha256
                                                   NEWSFLOW_INGEST_AUTH_KEYS_0_ID / NEWSFLOW_INGEST_AUTH_KEYS_0_SHA256
                                                                                  an API key's id and the SHA-256 of the key;
                                                                                  outside the local profile at least one key
                                                                                  is required
                  newsflow.ingest.auth.keys-dir    NEWSFLOW_INGEST_AUTH_KEYSDIR   directory of key files (name: key id,
                                                                                  content: the key's SHA-256)
                  newsflow.ingest.auth.rate-limit.burst / .requests-per-second
                                                                                  per-key token bucket (default 50 / 10)
                  newsflow.ingest.default-source   NEWSFLOW_INGEST_DEFAULTSOURCE  source id when ?source= is missing
                                                                                  (default push)
                  newsflow.ingest.topic.name       NEWSFLOW_INGEST_TOPIC_NAME     raw topic (default newsflow.articles.raw.v1)
                  newsflow.ingest.publish-timeout  NEWSFLOW_INGEST_PUBLISHTIMEOUT longest wait for Kafka's acknowledgement
                                                                                  before answering 503 (default 10s)
                  newsflow.ingest.limits.*                                        request and field size limits
                                                                                  (max-article-size 1MB, max-body-chars 500000, ...)
                  newsflow.ingest.feeds.sources[0].id / .url / .format            wire feeds to poll (default: none)

                The full list with defaults is in README.md (Configuration) and docs/feeds.md; the defaults
                themselves are in ingest-service.yml inside the jar.

                Endpoints on server.port:
                  POST /api/v1/articles?source=<id>         one article (ninjs, simple JSON or text/plain)
                  POST /api/v1/articles/batch?source=<id>   NDJSON, one article per line
                  GET  /api/v1/feeds                        state of every configured feed
                  GET  /actuator/health                     UP when the instance can take articles (and,
                                                            with feeds configured, poll them)
                  GET  /actuator/prometheus                 metrics

                Example:
                  java -jar ingest-service/target/%1$s --spring.profiles.active=local \\
                      --spring.kafka.bootstrap-servers=127.0.0.1:9092 --server.port=8080

                Options:
                  -h, --help   print this help and exit
                """.formatted(execJarName());
    }

    /** The executable jar's file name as the build wrote it. */
    static String execJarName() {
        try (InputStream in = IngestServiceUsage.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing from the classpath; rebuild ingest-service");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("exec-jar");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
        }
    }
}
