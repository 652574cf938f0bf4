package io.newsflow.localrun;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunPathsTest {

    @TempDir
    Path checkout;

    @TempDir
    Path home;

    private Path builtIngest;
    private Path builtEnrich;
    private Path builtTrends;

    @BeforeEach
    void buildTheServicesInTheCheckout() throws Exception {
        builtIngest = Files.createFile(Files.createDirectories(checkout.resolve("ingest-service/target"))
                .resolve("newsflow-ingest-service-0.1.0-exec.jar"));
        builtEnrich = Files.createFile(Files.createDirectories(checkout.resolve("enrich-service/target"))
                .resolve("newsflow-enrich-service-0.1.0-exec.jar"));
        builtTrends = Files.createFile(Files.createDirectories(checkout.resolve("trends-service/target"))
                .resolve("newsflow-trends-service-0.1.0-exec.jar"));
    }

    @Test
    void takesEverythingFromTheCheckoutByDefault() throws Exception {
        RunPaths paths = RunPaths.resolve(LocalRunOptions.defaults(), Optional.of(new RepoLayout(checkout)), home);

        assertThat(paths.dataDir()).isEqualTo(checkout.resolve("local-run/target/local-kafka"));
        assertThat(paths.ingestJar()).isEqualTo(builtIngest);
        assertThat(paths.enrichJar()).isEqualTo(builtEnrich);
        assertThat(paths.trendsJar()).isEqualTo(builtTrends);
        assertThat(paths.samplesDir()).contains(checkout.resolve("samples"));
    }

    @Test
    void prefersWhatTheOptionsName() throws Exception {
        Path otherJar = Files.createFile(home.resolve("my-ingest.jar"));
        LocalRunOptions options = LocalRunOptions.parse("--data-dir", home.resolve("data").toString(),
                "--samples-dir", home.resolve("mine").toString(), "--ingest-jar", otherJar.toString());

        RunPaths paths = RunPaths.resolve(options, Optional.of(new RepoLayout(checkout)), home);

        assertThat(paths.dataDir()).isEqualTo(home.resolve("data"));
        assertThat(paths.samplesDir()).contains(home.resolve("mine"));
        assertThat(paths.ingestJar()).isEqualTo(otherJar);
        assertThat(paths.enrichJar()).isEqualTo(builtEnrich);
    }

    @Test
    void outsideACheckoutKeepsDataInTheHomeDirectoryAndNeedsTheJarsNamed() throws Exception {
        LocalRunOptions options = LocalRunOptions.parse("--ingest-jar", builtIngest.toString(),
                "--enrich-jar", builtEnrich.toString(), "--trends-jar", builtTrends.toString());

        RunPaths paths = RunPaths.resolve(options, Optional.empty(), home);

        assertThat(paths.dataDir()).isEqualTo(home.resolve(".newsflow"));
        assertThat(paths.samplesDir()).isEmpty();
        assertThatThrownBy(() -> RunPaths.resolve(LocalRunOptions.defaults(), Optional.empty(), home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not inside a newsflow checkout")
                .hasMessageContaining("--ingest-jar")
                .hasMessageContaining("--trends-jar");
    }

    @Test
    void missingTrendsServiceJarSaysHowToBuildIt() throws Exception {
        Files.delete(builtTrends);

        assertThatThrownBy(() -> RunPaths.resolve(LocalRunOptions.defaults(), Optional.of(new RepoLayout(checkout)), home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No executable jar of trends-service")
                .hasMessageContaining("--trends-jar");
    }

    @Test
    void namedJarThatDoesNotExistSaysSo() throws Exception {
        LocalRunOptions options = LocalRunOptions.parse("--enrich-jar", home.resolve("typo.jar").toString());

        assertThatThrownBy(() -> RunPaths.resolve(options, Optional.of(new RepoLayout(checkout)), home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("typo.jar does not exist")
                .hasMessageContaining("--enrich-jar");
    }
}
