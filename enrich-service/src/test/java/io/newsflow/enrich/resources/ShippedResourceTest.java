package io.newsflow.enrich.resources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShippedResourceTest {
    @Test
    void handsTheResourcesBytesToTheReader() {
        String text = ShippedResource.load("/language/en.txt", "language sample", "none",
                bytes -> new String(bytes, StandardCharsets.UTF_8));

        assertThat(text).isNotBlank();
    }

    @Test
    void namesTheCommandThatWritesAMissingResource() {
        assertThatThrownBy(() -> ShippedResource.load("/topics/absent.bin.gz", "topic model", "train-topics",
                bytes -> bytes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic model /topics/absent.bin.gz is missing from the classpath; build it with the "
                        + "train-topics command");
    }

    @Test
    void reportsAResourceItsReaderCannotParse() {
        assertThatThrownBy(() -> ShippedResource.load("/language/en.txt", "sample", "none", bytes -> {
            throw new IOException("not a model");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot read the sample /language/en.txt");
    }
}
