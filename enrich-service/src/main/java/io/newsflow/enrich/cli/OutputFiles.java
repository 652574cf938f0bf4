package io.newsflow.enrich.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the offline commands write their results ({@code --out}, {@code --write}). */
public final class OutputFiles {
    private static final Path MAIN_RESOURCES = Path.of("enrich-service", "src", "main", "resources");

    private OutputFiles() {
    }

    /**
     * Where a file the jar ships lives in the source tree, as seen from the repository root, where the commands
     * that write such files ({@code train-topics}, {@code train-sentiment}, {@code import-word-vectors}) are run.
     *
     * @param resource its classpath name, with or without the leading slash
     */
    public static Path shippedResource(String resource) {
        return MAIN_RESOURCES.resolve(resource.startsWith("/") ? resource.substring(1) : resource);
    }

    /**
     * Creates the file's missing parent directories, so that a command can write to a path in a directory that
     * does not exist yet.
     *
     * @return {@code file}
     */
    public static Path withParents(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }
}
