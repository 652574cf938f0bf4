package io.newsflow.localrun;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where things are in a newsflow checkout: the services' built jars, the samples, the default data directory. */
public record RepoLayout(Path root) {

    /**
     * The checkout holding the launcher jar (it lives in {@code local-run/target/}), else the one around the
     * working directory.
     */
    public static Optional<RepoLayout> locate() {
        List<Path> starts = new ArrayList<>();
        launcherLocation().ifPresent(starts::add);
        starts.add(Path.of("").toAbsolutePath());
        return starts.stream()
                .map(RepoLayout::findRootFrom)
                .flatMap(Optional::stream)
                .findFirst()
                .map(RepoLayout::new);
    }

    static Optional<Path> findRootFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml"))
                && Files.isDirectory(dir.resolve("local-run"))
                && Files.isDirectory(dir.resolve("ingest-service"))
                && Files.isDirectory(dir.resolve("enrich-service"));
    }

    private static Optional<Path> launcherLocation() {
        try {
            return Optional.of(Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    public Path defaultDataDir() {
        return root.resolve("local-run").resolve("target").resolve("local-kafka");
    }

    public Path samplesDir() {
        return root.resolve("samples");
    }

    public Path ingestJar() throws IOException {
        return executableJar("ingest-service", LocalRunOptions.INGEST_JAR);
    }

    public Path enrichJar() throws IOException {
        return executableJar("enrich-service", LocalRunOptions.ENRICH_JAR);
    }

    public Path trendsJar() throws IOException {
        return executableJar("trends-service", LocalRunOptions.TRENDS_JAR);
    }

    /** The newest {@code <module>/target/newsflow-<module>-*-exec.jar}, whatever the version. */
    private Path executableJar(String module, String option) throws IOException {
        Path target = root.resolve(module).resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "newsflow-" + module + "-*-exec.jar")) {
                found.forEach(jars::add);
            }
        }
        return jars.stream()
                .max(Comparator.comparing(RepoLayout::lastModified))
                .orElseThrow(() -> new IllegalStateException("No executable jar of " + module + " in " + target
                        + ". Build it with ./mvnw -B -DskipTests package -pl local-run -am (./run-local does), or name one with "
                        + option + "."));
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }
}
