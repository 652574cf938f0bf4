package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnknownFieldFinderTest {

    @Test
    void reportsEveryMisspeltFieldByItsPath() throws IOException {
        KubernetesManifests manifests = KubernetesManifests.parse("misspelt Deployment",
                resource("deployment-with-misspelt-fields.yaml"));

        assertThat(UnknownFieldFinder.find(manifests.all().get(0))).containsExactlyInAnyOrder(
                ".spec.template.spec.containers[0].readinesProbe",
                ".spec.template.spec.volume");
    }

    @Test
    void reportsNothingForAResourceKubernetesFullyDefines() throws IOException {
        String corrected = resource("deployment-with-misspelt-fields.yaml")
                .replace("readinesProbe:", "readinessProbe:")
                .replace("volume:", "volumes:");

        assertThat(UnknownFieldFinder.find(KubernetesManifests.parse("corrected Deployment", corrected).all().get(0)))
                .isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UnknownFieldFinderTest.class.getResourceAsStream("/deployment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
