package io.newsflow.localrun.services;

import io.newsflow.common.serde.EventJson;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One newsflow Spring Boot service, run from its executable jar in its own JVM, bound to the loopback
 * interface and pointed at the local broker.
 */
public final class ServiceProcess {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final String name;
    private final Path jar;
    private final int port;
    private final Path logFile;
    private final List<String> extraArguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;

    /** @param extraArguments more Spring Boot command line arguments, such as a profile */
    public ServiceProcess(String name, Path jar, int port, Path logFile, List<String> extraArguments) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.logFile = logFile;
        this.extraArguments = List.copyOf(extraArguments);
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public ChildProcess start(String bootstrapServers, ChildProcesses children) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "-jar", jar.toString(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        arguments.addAll(extraArguments);
        process = children.startJava(name, arguments, logFile);
        return process;
    }

    /**
     * Polls {@code /actuator/health} until it reports UP.
     *
     * @throws IllegalStateException when the service exits first or does not become healthy in time
     */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        URI health = baseUri().resolve("/actuator/health");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            OptionalInt exitCode = process.exitCode();
            if (exitCode.isPresent()) {
                throw new IllegalStateException(name + " exited with code " + exitCode.getAsInt()
                        + " while starting. See " + logFile + "; its last lines:" + System.lineSeparator()
                        + process.tailOfLog(30));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && "UP".equals(status(response.body()))) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                lastAnswer = "no answer (" + notListeningYet.getClass().getSimpleName() + ")";
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not report UP on " + health + " within "
                        + timeout.toSeconds() + " s (last: " + lastAnswer + "). See " + logFile
                        + ", or allow more time with --timeout.");
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static String status(String healthJson) {
        try {
            return EventJson.mapper().readTree(healthJson).path("status").asString("");
        } catch (JacksonException notJson) {
            return "";
        }
    }
}
