package io.newsflow.common.ninjs;

import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The IPTC's own ninjs examples: every one that is ninjs 3.x reads without error. */
@Tag("shared")
class IptcNinjsExamplesTest {
    /** Property names ninjs 1.x and 2.x spell in lower case and 3.x in camel case. */
    private static final List<String> PRE_3_NAMES = List.of(
            "versioncreated", "firstcreated", "pubstatus", "contentcreated", "embargoed", "ednote", "usageterms");

    private final NinjsReader reader = new NinjsReader();

    @ParameterizedTest(name = "reads {0}")
    @MethodSource("examples")
    void readsEveryNinjs3Example(String name, Path file) throws IOException {
        String json = Files.readString(file);
        JsonNode tree = EventJson.mapper().readTree(json);
        Optional<String> notNinjs3 = whyNotNinjs3(tree);
        assumeTrue(notNinjs3.isEmpty(), () -> name + " is not ninjs 3.x: " + notNinjs3.orElse(""));

        NinjsItem item = reader.read(json);

        assertThat(item.uri()).isEqualTo(tree.get("uri").asString());
        assertThat(item.headlines()).hasSize(tree.path("headlines").size());
        assertThat(item.bodies()).hasSize(tree.path("bodies").size());
        assertThat(item.subjects()).hasSize(tree.path("subjects").size());
        if (tree.has("headlines")) {
            assertThat(item.mainHeadline()).isNotBlank();
        }
    }

    /** Decided from what the example says about itself, independently of the reader under test. */
    private static Optional<String> whyNotNinjs3(JsonNode example) {
        JsonNode declared = example.path("standard").path("version");
        if (declared.isString() && !declared.asString().startsWith("3.")) {
            return Optional.of("it declares ninjs " + declared.asString());
        }
        return PRE_3_NAMES.stream().filter(example::has).findFirst()
                .map(property -> "it uses the pre-3.0 property name '" + property + "'");
    }

    static Stream<Arguments> examples() {
        List<Path> files = SharedNinjsStandard.jsonFiles("examples");
        assertThat(files).as("IPTC ninjs examples").isNotEmpty();
        return files.stream().map(file -> Arguments.of(file.getFileName().toString(), file));
    }
}
