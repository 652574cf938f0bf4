package io.newsflow.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a run uses: what the options name, else what the checkout holds.
 *
 * @param dataDir    broker storage and every log file
 * @param ingestJar  ingest-service's executable jar
 * @param enrichJar  enrich-service's executable jar
 * @param trendsJar  trends-service's executable jar (API and dashboard)
 * @param samplesDir articles to post; empty when neither the options nor a checkout name one
 */
record RunPaths(Path dataDir, Path ingestJar, Path enrichJar, Path trendsJar, Optional<Path> samplesDir) {

    /**
     * @param repo the checkout the launcher runs in, if any
     * @throws IllegalStateException when a service jar is neither named nor built, saying how to get one
     */
    static RunPaths resolve(LocalRunOptions options, Optional<RepoLayout> repo, Path userHome) throws IOException {
        Path dataDir = Optional.ofNullable(options.dataDir())
                .or(() -> repo.map(RepoLayout::defaultDataDir))
                .orElse(userHome.resolve(".newsflow"));
        Path ingestJar = options.ingestJar() != null ? options.ingestJar() : requireRepo(repo).ingestJar();
        Path enrichJar = options.enrichJar() != null ? options.enrichJar() : requireRepo(repo).enrichJar();
        requireFile(ingestJar, LocalRunOptions.INGEST_JAR);
        Path trendsJar = options.trendsJar() != null ? options.trendsJar() : requireRepo(repo).trendsJar();
        requireFile(enrichJar, LocalRunOptions.ENRICH_JAR);
        requireFile(trendsJar, LocalRunOptions.TRENDS_JAR);
        return new RunPaths(absolute(dataDir), absolute(ingestJar), absolute(enrichJar), absolute(trendsJar),
                Optional.ofNullable(options.samplesDir()).or(() -> repo.map(RepoLayout::samplesDir)).map(RunPaths::absolute));
    }

    private static RepoLayout requireRepo(Optional<RepoLayout> repo) {
        return repo.orElseThrow(() -> new IllegalStateException("This launcher is not inside a newsflow checkout, "
                + "so it cannot find the services' jars. Name them with " + LocalRunOptions.INGEST_JAR + ", "
                + LocalRunOptions.ENRICH_JAR + " and " + LocalRunOptions.TRENDS_JAR + "."));
    }

    private static void requireFile(Path jar, String option) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist. Build the services (./mvnw -B -DskipTests package -pl local-run -am) "
                    + "or name the jar with " + option + ".");
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
