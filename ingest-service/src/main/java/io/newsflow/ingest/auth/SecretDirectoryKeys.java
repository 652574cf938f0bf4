package io.newsflow.ingest.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads API keys from a directory with one file per key: the file name is the key id, the content the key's
 * hex SHA-256. That is what a Kubernetes Secret mounted as a volume looks like, so a Secret with one entry per
 * client works without turning each entry into an environment variable.
 */
final class SecretDirectoryKeys {
    /** A hash line is 64 characters; anything much larger is not a key file and is not read into memory. */
    private static final long MAX_FILE_BYTES = 1024;

    private SecretDirectoryKeys() {
    }

    /**
     * Files whose names start with a dot are left out: Kubernetes keeps its own bookkeeping there
     * ({@code ..data} and timestamped directories) and links each entry's file into them.
     *
     * @throws IllegalStateException when the directory cannot be read or a file is not a hash line
     */
    static List<HashedApiKey> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("newsflow.ingest.auth.keys-dir " + directory + " is not a directory; "
                    + "mount the API key Secret there or unset the property");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(SecretDirectoryKeys::readKey)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the API keys in " + directory
                    + "; the service needs read access to newsflow.ingest.auth.keys-dir", e);
        }
    }

    private static HashedApiKey readKey(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("API key file " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes; it must hold only the key's hex SHA-256, printf %s \"$KEY\" | sha256sum");
            }
            // Latin-1 decodes any bytes, so a file in another encoding is refused as "not a hash", not as unreadable.
            return HashedApiKey.parse(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.ISO_8859_1), "file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read API key file " + file
                    + "; the service needs read access to newsflow.ingest.auth.keys-dir", e);
        }
    }
}
