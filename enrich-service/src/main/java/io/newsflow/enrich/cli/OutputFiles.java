package io.newsflow.enrich.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the offline commands write their results ({@code --out}, {@code --write}). */
public final class OutputFiles {
    private OutputFiles() {
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
