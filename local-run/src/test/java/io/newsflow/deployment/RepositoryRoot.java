package io.newsflow.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout whose deployment files these tests read: the parent of the local-run module that runs them. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("docker-compose.yml")) || !Files.isDirectory(root.resolve("k8s"))) {
            throw new IllegalStateException("Expected docker-compose.yml and k8s/ in " + root
                    + "; run these tests from the local-run module directory, as Maven does.");
        }
        return root;
    }

    static Path resolve(String relativePath) {
        return path().resolve(relativePath);
    }
}
