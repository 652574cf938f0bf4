package io.newsflow.ingest.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key files as a mounted Kubernetes Secret lays them out, written into a temporary directory. */
class SecretDirectoryKeysTest {
    @TempDir
    Path dir;

    static String sha256Hex(String key) {
        return HexFormat.of().formatHex(HashedApiKey.sha256Of(key));
    }

    /**
     * The kubelet writes a Secret's entries into a timestamped directory, points {@code ..data} at it and
     * links each entry's name to {@code ..data/<name>}, so that an update swaps all entries at once.
     */
    private void mountSecret(String... idsAndHashes) throws IOException {
        Path version = Files.createDirectory(dir.resolve("..2025_01_01_00_00_00.000000001"));
        for (int i = 0; i < idsAndHashes.length; i += 2) {
            Files.writeString(version.resolve(idsAndHashes[i]), idsAndHashes[i + 1], StandardCharsets.US_ASCII);
        }
        Files.createSymbolicLink(dir.resolve("..data"), version.getFileName());
        for (int i = 0; i < idsAndHashes.length; i += 2) {
            Files.createSymbolicLink(dir.resolve(idsAndHashes[i]), Path.of("..data", idsAndHashes[i]));
        }
    }

    @Test
    void readsHashedKeysFromSecretDirectory() throws IOException {
        mountSecret("harbour-wire", sha256Hex("harbour-wire-key-1") + "\n",
                "desk", sha256Hex("desk-key-2"));

        ApiKeys keys = new ApiKeys(SecretDirectoryKeys.read(dir));

        assertThat(keys.ids()).containsExactly("desk", "harbour-wire");
        assertThat(keys.idOf("harbour-wire-key-1")).hasValue("harbour-wire");
        assertThat(keys.idOf("desk-key-2")).hasValue("desk");
        assertThat(keys.idOf("desk-key-3")).isEmpty();
    }

    @Test
    void takesTheOutputOfSha256sumAsItIs() throws IOException {
        Files.writeString(dir.resolve("desk"), sha256Hex("desk-key").toUpperCase() + "  -\n");

        assertThat(new ApiKeys(SecretDirectoryKeys.read(dir)).idOf("desk-key")).hasValue("desk");
    }

    @Test
    void refusesAFileHoldingAKeyInsteadOfItsHashWithoutRepeatingIt() throws IOException {
        Files.writeString(dir.resolve("desk"), "plain-secret-key-that-was-not-hashed");

        assertThatThrownBy(() -> SecretDirectoryKeys.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("desk").toString())
                .hasMessageContaining("sha256sum")
                .hasMessageNotContaining("plain-secret-key");
    }

    @Test
    void refusesAFileNameThatIsNoKeyId() throws IOException {
        Files.writeString(dir.resolve("Harbour Wire"), sha256Hex("key"));

        assertThatThrownBy(() -> SecretDirectoryKeys.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Harbour Wire'")
                .hasMessageContaining(HashedApiKey.ID.pattern());
    }

    @Test
    void namesTheMissingDirectoryAndHowToFixIt() {
        Path missing = dir.resolve("not-mounted");

        assertThatThrownBy(() -> SecretDirectoryKeys.read(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("mount the API key Secret there");
    }

    @Test
    void findsNoKeysInAnEmptyDirectory() throws IOException {
        // An optional Secret that does not exist is mounted as an empty directory.
        assertThat(SecretDirectoryKeys.read(dir)).isEmpty();
    }
}
