package io.newsflow.common.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    @Test
    void hashesTheKnownTestVector() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFileReadInChunksHashesLikeItsBytes(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Path file = Files.write(dir.resolve("model.bin"), bytes);

        assertThat(Sha256.hex(file)).isEqualTo(Sha256.hex(bytes));
        assertThat(Sha256.hex(Files.write(dir.resolve("empty"), "".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
