package io.newsflow.common.ninjs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The IPTC ninjs standard in the shared directory (schemas, test suite, examples); for {@code shared} tests. */
final class SharedNinjsStandard {

    private SharedNinjsStandard() {
    }

    static Path root() {
        String sharedDir = System.getProperty("newsflow.shared.dir");
        if (sharedDir == null) {
            throw new IllegalStateException("System property newsflow.shared.dir is not set; run through Maven, "
                    + "whose surefire configuration sets it, or pass -Dnewsflow.shared.dir=/path/to/shared");
        }
        return Path.of(sharedDir, "standards", "ninjs");
    }

    /** The JSON files directly in {@code relativeDir}, sorted by name. */
    static List<Path> jsonFiles(String relativeDir) {
        try (Stream<Path> files = Files.list(root().resolve(relativeDir))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root().resolve(relativeDir), e);
        }
    }
}
