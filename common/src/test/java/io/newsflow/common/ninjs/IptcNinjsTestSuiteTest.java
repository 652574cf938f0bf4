package io.newsflow.common.ninjs;

import io.newsflow.common.schema.BundledSchemas;
import io.newsflow.common.schema.NinjsSchemaVersion;
import io.newsflow.common.schema.SchemaViolation;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IPTC ninjs test suite, as a peer implementation of the standard must pass it. */
@Tag("shared")
class IptcNinjsTestSuiteTest {
    private final NinjsReader reader = new NinjsReader();

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("shouldPass")
    void acceptsEveryShouldPassItem(String name, Path file) throws IOException {
        String json = Files.readString(file);

        NinjsItem item = reader.read(json);

        assertThat(item.uri()).isEqualTo(EventJson.mapper().readTree(json).get("uri").asString());
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("shouldFail")
    void rejectsEveryShouldFailItem(String name, Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOfSatisfying(NinjsValidationException.class, e -> {
                    // Rejected by the schema's rules, not because the file could not be read as an object.
                    assertThat(e.schemaVersion()).isPresent();
                    assertThat(e.violations()).isNotEmpty()
                            .extracting(SchemaViolation::rule).doesNotContain("syntax");
                });
    }

    /** Why the reader needs no fallback to 3.0: the 3.1 schema accepts every valid 3.0 item. */
    @ParameterizedTest(name = "3.1 accepts {0}")
    @MethodSource("shouldPass30")
    void ninjs31AcceptsEveryValid30Item(String name, Path file) throws IOException {
        var item = EventJson.mapper().readTree(Files.readString(file));

        assertThat(BundledSchemas.get().validateNinjs(NinjsSchemaVersion.V3_1, item)).isEmpty();
    }

    static Stream<Arguments> shouldPass() {
        return Stream.concat(cases("3.0", "should_pass"), cases("3.1", "should_pass"));
    }

    static Stream<Arguments> shouldFail() {
        return Stream.concat(cases("3.0", "should_fail"), cases("3.1", "should_fail"));
    }

    static Stream<Arguments> shouldPass30() {
        return cases("3.0", "should_pass");
    }

    private static Stream<Arguments> cases(String version, String expectation) {
        String dir = "test_suite/" + version + "/" + expectation;
        var files = SharedNinjsStandard.jsonFiles(dir);
        assertThat(files).as("IPTC test files in %s", dir).isNotEmpty();
        return files.stream().map(file -> Arguments.of(dir + "/" + file.getFileName(), file));
    }
}
