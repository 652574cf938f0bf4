package io.newsflow.localrun.services;

import io.newsflow.common.serde.EventJson;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One newsflow Spring Boot service, run from its executable jar in its own JVM, bound to the loopback
 * interface and pointed at the local broker. Once {@link #prepareFastStart} has made the jar's
 * {@link ClassDataArchive}, it starts from that instead, which takes about half the time.
 */
public final class ServiceProcess {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final String name;
    private final Path jar;
    private final int port;
    private final Path logFile;
    private final List<String> extraArguments;
    private final boolean classDataSharing;
    private final List<String> jvmOptions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;

    /** @param extraArguments more Spring Boot command line arguments, such as a profile */
    public ServiceProcess(String name, Path jar, int port, Path logFile, List<String> extraArguments) {
        this(name, jar, port, logFile, extraArguments, true);
    }

    /**
     * @param classDataSharing start from the jar's {@link ClassDataArchive} once it is current; false always
     *                         starts from the jar itself
     */
    public ServiceProcess(String name, Path jar, int port, Path logFile, List<String> extraArguments,
                          boolean classDataSharing) {
        this(name, jar, port, logFile, extraArguments, classDataSharing, List.of());
    }

    private ServiceProcess(String name, Path jar, int port, Path logFile, List<String> extraArguments,
                           boolean classDataSharing, List<String> jvmOptions) {
        this.classDataSharing = classDataSharing;
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.logFile = logFile;
        this.extraArguments = List.copyOf(extraArguments);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** This service started with these JVM options too (before the jar), as its image and manifests start it. */
    public ServiceProcess withJvmOptions(List<String> options) {
        return new ServiceProcess(name, jar, port, logFile, extraArguments, classDataSharing, options);
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
        ClassDataArchive archive = ClassDataArchive.of(jar);
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.addAll(classDataSharing && archive.isCurrent() ? archive.launchArguments()
                : List.of("-jar", jar.toString()));
        arguments.addAll(serviceArguments(bootstrapServers, port));
        process = children.startJava(name, arguments, logFile);
        return process;
    }

    /**
     * Makes the class-data archive of this service's jar when it is missing or older than the jar (once per
     * build, about 15 s for enrich-service, with the broker running), so that this and every later start is
     * quick. Says on {@code out} what it does, and why when it cannot; the service then starts from its jar.
     */
    public void prepareFastStart(String bootstrapServers, ChildProcesses children, Duration timeout, PrintStream out)
            throws InterruptedException {
        ClassDataArchive archive = ClassDataArchive.of(jar);
        if (!classDataSharing || archive.isCurrent()) {
            return;
        }
        out.println("Preparing " + name + " for a quick start: a class-data archive in " + archive
                + " (once per build of its jar)");
        long started = System.nanoTime();
        archive.make(name, serviceArguments(bootstrapServers, 0), children, timeout).ifPresentOrElse(
                why -> out.println("  " + name + " will start from its jar, more slowly: " + why),
                () -> out.printf(Locale.ROOT, "  %s archive ready in %.1f s%n", name,
                        (System.nanoTime() - started) / 1e9));
    }

    /**
     * {@link #prepareFastStart} for several services side by side: with two cores, two archives take little
     * longer than one.
     */
    public static void prepareFastStarts(List<ServiceProcess> services, String bootstrapServers,
                                         ChildProcesses children, Duration timeout, PrintStream out)
            throws InterruptedException {
        List<Thread> preparing = new ArrayList<>();
        for (ServiceProcess service : services) {
            Thread thread = new Thread(() -> {
                try {
                    service.prepareFastStart(bootstrapServers, children, timeout, out);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "prepare-" + service.name());
            thread.start();
            preparing.add(thread);
        }
        for (Thread thread : preparing) {
            thread.join();
        }
    }

    private List<String> serviceArguments(String bootstrapServers, int port) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        arguments.addAll(extraArguments);
        return arguments;
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
