package io.newsflow.localrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepoLayoutTest {

    @TempDir
    Path checkout;

    @Test
    void findsTheCheckoutFromTheLauncherJarDeepInside() throws Exception {
        createCheckout();
        Path launcherDir = Files.createDirectories(checkout.resolve("local-run/target"));

        assertThat(RepoLayout.findRootFrom(launcherDir.resolve("newsflow-local-run-1.0.jar")))
                .contains(checkout.toAbsolutePath().normalize());
    }

    @Test
    void findsNothingOutsideACheckout() throws Exception {
        Path elsewhere = Files.createDirectories(checkout.resolve("somewhere/else"));

        assertThat(RepoLayout.findRootFrom(elsewhere)).isEmpty();
    }

    @Test
    void placesDataUnderLocalRunTargetAndSamplesAtTheTop() {
        RepoLayout layout = new RepoLayout(checkout);

        assertThat(layout.defaultDataDir()).isEqualTo(checkout.resolve("local-run/target/local-kafka"));
        assertThat(layout.samplesDir()).isEqualTo(checkout.resolve("samples"));
    }

    @Test
    void picksTheNewestExecutableJarWhateverItsVersion() throws Exception {
        createCheckout();
        Path target = Files.createDirectories(checkout.resolve("ingest-service/target"));
        Path older = Files.createFile(target.resolve("newsflow-ingest-service-0.1.0-exec.jar"));
        Path newer = Files.createFile(target.resolve("newsflow-ingest-service-0.2.0-SNAPSHOT-exec.jar"));
        Files.createFile(target.resolve("newsflow-ingest-service-0.2.0-SNAPSHOT.jar"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2025-06-01T00:00:00Z")));

        assertThat(new RepoLayout(checkout).ingestJar()).isEqualTo(newer);
    }

    @Test
    void missingJarSaysHowToBuildItOrWhichOptionNamesIt() throws Exception {
        createCheckout();

        assertThatThrownBy(() -> new RepoLayout(checkout).enrichJar())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No executable jar of enrich-service")
                .hasMessageContaining("./mvnw -B -DskipTests package -pl local-run -am")
                .hasMessageContaining("--enrich-jar");
    }

    private void createCheckout() throws Exception {
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        for (String module : new String[] {"local-run", "ingest-service", "enrich-service"}) {
            Files.createDirectories(checkout.resolve(module));
        }
    }
}
