package io.newsflow.localrun;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged launcher exactly as {@code ./run-local} does, as its own process, against the services'
 * packaged jars: a real broker and both services in their own JVMs, the repository's samples posted over
 * HTTP and read back from the enriched topic.
 */
class LocalRunSmokeIT {
    private static final Duration RUN_LIMIT = Duration.ofMinutes(12);

    private static Path launcherJar;

    @TempDir
    Path dataDir;

    @TempDir
    Path outputDir;

    @BeforeAll
    static void findTheLauncher() {
        launcherJar = Path.of(System.getProperty("newsflow.localrun.jar",
                "target/newsflow-local-run-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        assertThat(launcherJar).as("the packaged launcher; run this test with mvn verify").isRegularFile();
    }

    @Test
    void postsEverySampleAndSeesItEnrichedThenStopsEveryJvm() throws Exception {
        List<Integer> ports = List.of(LocalPorts.freePort(), LocalPorts.freePort(), LocalPorts.freePort(), LocalPorts.freePort(),
                LocalPorts.freePort());

        Run run = launch("--exit-after-samples", "--timeout", "300",
                "--kafka-port", ports.get(0).toString(), "--controller-port", ports.get(1).toString(),
                "--ingest-port", ports.get(2).toString(), "--enrich-port", ports.get(3).toString(),
                "--trends-port", ports.get(4).toString(), "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        int posted = count(run.output(), "(?m)^  posted   ");
        assertThat(posted).as("samples posted").isGreaterThanOrEqualTo(3);
        assertThat(count(run.output(), "(?m)^ENRICHED samples:")).as("enriched events printed").isEqualTo(posted);
        assertThat(run.output())
                .contains("All " + posted + " sample(s) came out enriched.")
                .containsPattern("(?m)^  people .*Helena Marquardt")
                .containsPattern("(?m)^  people .*Katharina Lindner")
                .containsPattern("(?m)^  organisations .*European Central Bank")
                .containsPattern("(?m)^  places .*Frankfurt")
                .contains("kcat -b 127.0.0.1:" + ports.get(0) + " -t newsflow.articles.enriched.v1 -C")
                .contains("apt-get install kcat, or brew install kcat")
                .contains("./run-local watch --kafka-port " + ports.get(0))
                .containsPattern("(?m)^  language      en \\(confidence 1\\.00\\)")
                .contains(dataDir.resolve("ingest-service.log").toString())
                .contains(dataDir.resolve("enrich-service.log").toString())
                .contains("All 3 services are UP")
                .contains("Dashboard       http://127.0.0.1:" + ports.get(4) + "/")
                .contains(dataDir.resolve("trends-service.log").toString());
        assertThat(dataDir.resolve("enrich-service.log")).isNotEmptyFile();
        // every service either had a current class-data archive or had one made (ADR 0028), and started from it
        assertThat(run.output()).doesNotContain("will start from its jar, more slowly");
        assertThat(Files.readString(dataDir.resolve("enrich-service.log")))
                .contains("enrich-service" + java.io.File.separator + "target" + java.io.File.separator + "cds");
        assertNoJvmLeft(ports);
    }

    @Test
    void takenKafkaPortFailsNamingTheOptionThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            Run run = launch("--exit-after-samples", "--kafka-port", String.valueOf(port),
                    "--controller-port", String.valueOf(LocalPorts.freePort()), "--ingest-port", String.valueOf(LocalPorts.freePort()),
                    "--enrich-port", String.valueOf(LocalPorts.freePort()), "--trends-port", String.valueOf(LocalPorts.freePort()),
                    "--data-dir", dataDir.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("Port " + port + " on 127.0.0.1 is already in use", "--kafka-port <port>");
            assertThat(jvmsCarrying(dataDir)).isEmpty();
        }
    }

    @Test
    void helpListsTheOptions() throws Exception {
        Run run = launch("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Usage: ./run-local", "--exit-after-samples", "--kafka-port", "--timeout");
    }

    private void assertNoJvmLeft(List<Integer> ports) {
        for (int port : ports) {
            assertThat(LocalPorts.isListening(port)).as("something still listens on port %d", port).isFalse();
        }
        assertThat(jvmsCarrying(dataDir)).as("processes whose command line names %s", dataDir).isEmpty();
    }

    private static List<String> jvmsCarrying(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().map(line -> line.contains(dir.toString())).orElse(false))
                .map(process -> process.pid() + " " + process.info().commandLine().orElse(""))
                .toList();
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", launcherJar.toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(outputDir, "local-run", ".out");
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        launcher.getOutputStream().close();
        if (!launcher.waitFor(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            // SIGTERM, so that the launcher's shutdown hook stops its JVMs as it would on Ctrl-C
            launcher.destroy();
            launcher.waitFor(60, TimeUnit.SECONDS);
            throw new AssertionError("The launcher did not finish within " + RUN_LIMIT + "; output:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Run(launcher.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private record Run(int exitCode, String output) {
    }
}
