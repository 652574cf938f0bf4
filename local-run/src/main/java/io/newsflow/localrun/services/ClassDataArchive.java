package io.newsflow.localrun.services;

import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A service jar unpacked as Spring Boot's {@code extract} lays it out, with a class-data-sharing archive of the
 * classes its start-up loads (ADR 0028). A JVM started from the archive maps those classes, already parsed and
 * verified, instead of reading them out of the nested jars: enrich-service is ready in about 6 s instead of
 * 11 s, and that is most of what a restart costs.
 *
 * <p>Both live beside the jar, under {@code cds/<jar name>/}, and are made again when the jar or the JVM
 * changes (a stamp names both). Making them takes one start of the service that stops as soon as its context
 * is refreshed, with its Kafka consumers left stopped; it needs the broker running, because the services
 * create their topics while starting. When anything about it fails, the service starts from its jar as
 * before: the archive only makes starting faster.
 */
public final class ClassDataArchive {
    static final String DIRECTORY = "cds";
    private static final String STAMP = "stamp";
    private static final String ARCHIVE = "app.jsa";
    private static final String EXTRACTED = "app";
    /** Quiet about the classes it cannot archive (old class-file versions, optional classes that fail verification). */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path jar;
    private final Path dir;

    private ClassDataArchive(Path jar) {
        this.jar = jar.toAbsolutePath().normalize();
        this.dir = this.jar.resolveSibling(DIRECTORY).resolve(fileName(this.jar));
    }

    /** The archive of {@code jar}, whether or not it has been made yet. */
    public static ClassDataArchive of(Path jar) {
        return new ClassDataArchive(jar);
    }

    Path directory() {
        return dir;
    }

    Path archiveFile() {
        return dir.resolve(ARCHIVE);
    }

    /** Whether the archive was made from this very jar by this very JVM. */
    public boolean isCurrent() {
        try {
            return Files.isRegularFile(dir.resolve(ARCHIVE)) && Files.isRegularFile(extractedJar())
                    && Files.readString(dir.resolve(STAMP)).equals(expectedStamp());
        } catch (IOException missingOrUnreadable) {
            return false;
        }
    }

    /** The Java arguments that start the service from the archive: use only once {@link #isCurrent()}. */
    public List<String> launchArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("-XX:SharedArchiveFile=" + dir.resolve(ARCHIVE));
        arguments.addAll(QUIET);
        arguments.add("-jar");
        arguments.add(extractedJar().toString());
        return arguments;
    }

    /**
     * Makes the archive unless it is current: unpacks the jar, then starts the service once with
     * {@code serviceArguments} (its Kafka and port settings) and stops it after its context is refreshed.
     * Another run making the same archive at the same time is waited for through a lock file.
     *
     * @return empty when the archive is ready; otherwise why not, in a sentence for the console
     */
    public Optional<String> make(String serviceName, List<String> serviceArguments, ChildProcesses children,
                                 Duration timeout) throws InterruptedException {
        try {
            Files.createDirectories(dir.getParent());
            try (FileChannel lockFile = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (isCurrent()) {
                    return Optional.empty();
                }
                deleteTree(dir);
                Files.createDirectories(dir);
                Optional<String> failure = run(serviceName + " (unpacking for class-data sharing)",
                        List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                                dir.resolve(EXTRACTED).toString()), "extract.log", children, timeout);
                if (failure.isEmpty()) {
                    List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + dir.resolve(ARCHIVE),
                            "-Dspring.context.exit=onRefresh"));
                    training.addAll(QUIET);
                    training.addAll(List.of("-jar", extractedJar().toString()));
                    training.addAll(serviceArguments);
                    training.addAll(List.of("--spring.kafka.listener.auto-startup=false",
                            "--spring.kafka.streams.auto-startup=false"));
                    failure = run(serviceName + " (class-data archive)", training, "training.log", children, timeout);
                }
                if (failure.isEmpty() && !Files.isRegularFile(dir.resolve(ARCHIVE))) {
                    failure = Optional.of("the JVM wrote no archive; see " + dir.resolve("training.log"));
                }
                if (failure.isEmpty()) {
                    writeStamp();
                }
                return failure;
            }
        } catch (IOException e) {
            return Optional.of("cannot write " + dir + ": " + e.getMessage());
        }
    }

    private Optional<String> run(String name, List<String> arguments, String log, ChildProcesses children,
                                 Duration timeout) throws IOException, InterruptedException {
        ChildProcess process = children.startJava(name, arguments, dir.resolve(log));
        OptionalInt exit = process.awaitExit(timeout);
        if (exit.isEmpty()) {
            process.handle().destroyForcibly();
            return Optional.of(name + " did not finish within " + timeout.toSeconds() + " s; see " + dir.resolve(log));
        }
        if (exit.getAsInt() != 0) {
            return Optional.of(name + " exited with code " + exit.getAsInt() + "; see " + dir.resolve(log)
                    + "; its last lines:" + System.lineSeparator() + process.tailOfLog(10));
        }
        return Optional.empty();
    }

    /** Marks the archive as made from the jar as it is now, by this JVM. */
    void writeStamp() throws IOException {
        Files.writeString(dir.resolve(STAMP), expectedStamp());
    }

    Path extractedJar() {
        return dir.resolve(EXTRACTED).resolve(jar.getFileName());
    }

    /** What makes an archive usable: the same jar (path, size, time) and the same JVM (an archive is per build). */
    private String expectedStamp() throws IOException {
        return String.join(System.lineSeparator(), "jar=" + jar, "size=" + Files.size(jar),
                "modified=" + Files.getLastModifiedTime(jar).toMillis(),
                "java.home=" + System.getProperty("java.home"), "java.vm.version=" + System.getProperty("java.vm.version"))
                + System.lineSeparator();
    }

    private static String fileName(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** For messages: where the archive of this jar lives. */
    @Override
    public String toString() {
        return dir.toString();
    }
}
