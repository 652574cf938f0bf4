package io.newsflow.localrun.kafka;

import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in its own JVM, started from the
 * {@code kafka_2.13} jar on a given classpath. Its own JVM, not the launcher's, so that it is stopped and
 * killed like any other process and its logging stays out of the launcher's console.
 */
public final class LocalKafkaBroker {
    private static final String BROKER_HEAP = "-Xmx512m";
    /**
     * The client-side compiler only, and one GC thread: a local broker's work (a few hundred small records a
     * second) never needs C2's code, while C2 compiling at start-up competes with the services for two cores and
     * slows a restart (ADR 0024).
     */
    private static final List<String> BROKER_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final KafkaServerProperties properties;
    private final Path workDir;
    private final String classpath;
    private final ChildProcesses children;
    private ChildProcess broker;

    /**
     * @param workDir   receives {@code server.properties}, the log4j2 configuration and the broker's logs
     * @param classpath holds {@code kafka_2.13} with its dependencies and an SLF4J backend
     */
    public LocalKafkaBroker(KafkaServerProperties properties, Path workDir, String classpath,
                            ChildProcesses children) {
        this.properties = properties;
        this.workDir = workDir.toAbsolutePath().normalize();
        this.classpath = classpath;
        this.children = children;
    }

    /** The classpath of this JVM with absolute entries, valid from any working directory. */
    public static String classpathOfThisJvm() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public String bootstrapServers() {
        return properties.bootstrapServers();
    }

    /** WARN and above from the broker; everything else it says is noise for a local run. */
    public Path brokerLog() {
        return workDir.resolve("kafka-broker.log");
    }

    /** The broker JVM's console: JVM errors and anything printed before logging is set up. */
    public Path consoleLog() {
        return workDir.resolve("kafka-broker.out");
    }

    /**
     * Formats the storage unless an earlier start did, and starts the broker.
     *
     * @return the broker process, once a client can talk to it
     * @throws IllegalStateException when formatting fails, the broker exits, or it is not ready in time
     */
    public ChildProcess start(Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path serverProperties = workDir.resolve("server.properties");
        Files.writeString(serverProperties, properties.render(), StandardCharsets.UTF_8);
        Path log4jConfig = workDir.resolve("kafka-log4j2.xml");
        Files.writeString(log4jConfig, log4jConfiguration(), StandardCharsets.UTF_8);

        // appended to, not truncated by log4j: a logger context created late in shutdown would empty it
        Files.deleteIfExists(brokerLog());
        // a restart on kept data: formatting would be a no-op, but costs a JVM start (seconds on a busy machine)
        if (!isFormatted()) {
            formatStorage(serverProperties, log4jConfig, timeout);
        }
        List<String> arguments = new ArrayList<>(List.of(BROKER_HEAP));
        arguments.addAll(BROKER_JVM_FLAGS);
        arguments.addAll(List.of("-Dlog4j2.configurationFile=" + log4jConfig, "kafka.Kafka", serverProperties.toString()));
        broker = children.startJava("kafka-broker", classpath, arguments, consoleLog());
        awaitReady(timeout);
        return broker;
    }

    private void formatStorage(Path serverProperties, Path log4jConfig, Duration timeout)
            throws IOException, InterruptedException {
        ChildProcess format = children.startJava("kafka-storage-format", classpath,
                List.of("-Dlog4j2.configurationFile=" + log4jConfig,
                        "kafka.tools.StorageTool", "format",
                        "-t", clusterId(),
                        "-c", serverProperties.toString(),
                        "--ignore-formatted"),
                workDir.resolve("kafka-storage-format.out"));
        OptionalInt exitCode = format.awaitExit(timeout);
        if (exitCode.isEmpty() || exitCode.getAsInt() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + properties.logDir()
                    + (exitCode.isEmpty() ? " did not finish in " + timeout.toSeconds() + " s"
                    : " failed with exit code " + exitCode.getAsInt())
                    + ". If the directory holds data from another Kafka version, delete it and start again. Output of "
                    + format.logFile() + ":" + System.lineSeparator() + format.tailOfLog(20));
        }
    }

    /** Whether the storage holds the metadata a formatted log directory starts with. */
    boolean isFormatted() {
        return Files.isRegularFile(properties.logDir().resolve("meta.properties"))
                && Files.isDirectory(properties.logDir().resolve("__cluster_metadata-0"));
    }

    /**
     * The id the storage was formatted with, else a new one: {@code --ignore-formatted} still insists that
     * the id given matches the one already on disk.
     */
    private String clusterId() throws IOException {
        Path meta = properties.logDir().resolve("meta.properties");
        if (Files.isRegularFile(meta)) {
            Properties formatted = new Properties();
            try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                formatted.load(reader);
            }
            String clusterId = formatted.getProperty("cluster.id");
            if (clusterId != null && !clusterId.isBlank()) {
                return clusterId.trim();
            }
        }
        return Uuid.randomUuid().toString();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitListening(deadline, timeout);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                failIfExited();
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // the broker accepts connections before it has joined its own quorum
                }
                failIfTimedOut(deadline, timeout);
                Thread.sleep(200);
            }
        }
    }

    private void awaitListening(long deadline, Duration timeout) throws InterruptedException {
        while (true) {
            failIfExited();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(properties.host(), properties.port()), 500);
                return;
            } catch (IOException notYet) {
                failIfTimedOut(deadline, timeout);
                Thread.sleep(200);
            }
        }
    }

    private void failIfExited() {
        OptionalInt exitCode = broker.exitCode();
        if (exitCode.isPresent()) {
            throw new IllegalStateException("The Kafka broker exited with code " + exitCode.getAsInt()
                    + " while starting. See " + brokerLog() + " and " + consoleLog() + "; the last lines of "
                    + consoleLog().getFileName() + ":" + System.lineSeparator() + broker.tailOfLog(20));
        }
    }

    private void failIfTimedOut(long deadline, Duration timeout) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The Kafka broker did not answer on " + bootstrapServers()
                    + " within " + timeout.toSeconds() + " s. See " + brokerLog() + " and " + consoleLog()
                    + ", or allow more time with --timeout.");
        }
    }

    private String log4jConfiguration() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by newsflow local-run: the broker logs warnings and errors only, to a file. -->
                <Configuration status="warn" shutdownHook="disable">
                  <Appenders>
                    <File name="file" fileName="%s" append="true">
                      <PatternLayout pattern="%%d{ISO8601} %%-5level [%%t] %%logger{1.} - %%msg%%n"/>
                    </File>
                  </Appenders>
                  <Loggers>
                    <Root level="warn">
                      <AppenderRef ref="file"/>
                    </Root>
                  </Loggers>
                </Configuration>
                """.formatted(brokerLog().toString().replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"));
    }
}
