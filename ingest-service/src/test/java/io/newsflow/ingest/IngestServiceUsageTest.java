package io.newsflow.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IngestServiceUsageTest {

    @Test
    void recognisesHelpAnywhereOnTheCommandLine() {
        assertThat(IngestServiceUsage.asksForHelp("--help")).isTrue();
        assertThat(IngestServiceUsage.asksForHelp("-h")).isTrue();
        assertThat(IngestServiceUsage.asksForHelp("--server.port=9000", "--help")).isTrue();
        assertThat(IngestServiceUsage.asksForHelp("--spring.profiles.active=local")).isFalse();
        assertThat(IngestServiceUsage.asksForHelp()).isFalse();
    }

    @Test
    void namesTheExecutableJarAsTheBuildNamesIt() {
        assertThat(IngestServiceUsage.execJarName()).matches("newsflow-ingest-service-[0-9][^@/]*-exec\\.jar");
    }

    /**
     * Without the local profile and without an API key Spring would refuse to start ("No API key is configured"),
     * and with one it would start a server and not return: main returning with the usage shows it never started.
     */
    @Test
    void mainPrintsTheUsageWithoutStartingSpring() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            IngestServiceApplication.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }

        String usage = printed.toString(StandardCharsets.UTF_8);
        assertThat(usage).startsWith("Usage: java -jar ingest-service/target/" + IngestServiceUsage.execJarName())
                .contains("spring.kafka.bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS", "server.port", "SERVER_PORT",
                        "newsflow.ingest.auth.keys[0].id", "NEWSFLOW_INGEST_AUTH_KEYS_0_SHA256",
                        "newsflow.ingest.publish-timeout", "/actuator/health", "-h, --help")
                .doesNotContain("@project", "Started IngestServiceApplication");
    }
}
