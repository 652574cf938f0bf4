package io.newsflow.deployment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool (kubectl, docker-compose) to completion and keeps what it printed. */
final class ExternalCommand {

    /** Generous: only there so that a hung tool fails the build instead of blocking it. */
    private static final long GIVE_UP_AFTER_MINUTES = 5;

    private ExternalCommand() {
    }

    static boolean isOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .anyMatch(Files::isExecutable);
    }

    static Output run(Path workingDirectory, String... command) {
        try {
            Path stdout = Files.createTempFile("newsflow-command", ".out");
            Path stderr = Files.createTempFile("newsflow-command", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(workingDirectory.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
                if (!process.waitFor(GIVE_UP_AFTER_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                            + GIVE_UP_AFTER_MINUTES + " minutes; run it by hand in " + workingDirectory);
                }
                return new Output(List.of(command), process.exitValue(),
                        Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    record Output(List<String> command, int exitCode, String stdout, String stderr) {

        /** Text for an assertion message, so a failure shows what the tool complained about. */
        String describe() {
            return String.join(" ", command) + " exited with " + exitCode + "\n" + stderr;
        }
    }
}
