package io.newsflow.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code kcat}, an independent Kafka client written in C on librdkafka, to prove the wire
 * format is readable and writable by something that is not our own Java code. CI installs it
 * ({@code .ci/run}); on a machine without it the calling test is skipped.
 */
final class Kcat {
    private Kcat() {
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/kcat")) || onPath(),
                "kcat is not installed (apt-get install kcat); .ci/run installs it");
    }

    static String run(List<String> arguments, byte[] stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("kcat");
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kcat did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("kcat exited with " + process.exitValue() + ": " + command);
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static boolean onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kcat"))) {
                return true;
            }
        }
        return false;
    }
}
