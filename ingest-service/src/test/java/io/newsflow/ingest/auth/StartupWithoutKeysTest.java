package io.newsflow.ingest.auth;

import io.newsflow.ingest.IngestServiceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Starts the real application the way its main class does, with no API key configured. */
class StartupWithoutKeysTest {

    private static Throwable start(String... extraArguments) {
        String[] arguments = Stream.concat(Stream.of(
                "--spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
                "--server.port=0",
                // Fails before anything talks to Kafka; these keep a wrong outcome from waiting on a broker.
                "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                "--spring.kafka.admin.auto-create=false"), Arrays.stream(extraArguments)).toArray(String[]::new);
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext started =
                         new SpringApplicationBuilder(IngestServiceApplication.class).run(arguments)) {
                assertThat(started.isActive()).as("started without any API key").isFalse();
            }
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void refusesToStartWithoutKeysOutsideLocalProfile() {
        Throwable failure = start();

        assertThat(failure).isNotNull();
        assertThat(rootCause(failure)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No API key is configured")
                .hasMessageContaining("newsflow.ingest.auth.keys[0].sha256")
                .hasMessageContaining("sha256sum")
                .hasMessageContaining("--spring.profiles.active=local");
    }

    @Test
    void refusesToStartWhenTheSecretDirectoryHoldsNoKey(@TempDir Path emptySecret) {
        Throwable failure = start("--newsflow.ingest.auth.keys-dir=" + emptySecret);

        assertThat(failure).isNotNull();
        assertThat(rootCause(failure)).hasMessageContaining(emptySecret + " holds none");
    }
}
