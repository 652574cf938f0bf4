package io.newsflow.common.ninjs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The official files newsflow ships in {@code ninjs/} are the IPTC originals, byte for byte (ADR 0002). */
@Tag("shared")
class ShippedNinjsSchemasTest {

    @ParameterizedTest(name = "ninjs/{0} equals the shared original")
    @ValueSource(strings = {"ninjs-schema_3.0.json", "ninjs-schema_3.1.json", "GeoJSON-schema.json", "LICENSE"})
    void shippedCopyEqualsTheSharedOriginal(String file) throws IOException {
        byte[] original = Files.readAllBytes(SharedNinjsStandard.root().resolve(file));

        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("ninjs/" + file)) {
            assertThat(shipped).as("ninjs/%s on the classpath", file).isNotNull();
            assertThat(shipped.readAllBytes()).isEqualTo(original);
        }
    }
}
