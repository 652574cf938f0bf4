package io.newsflow.localrun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRunOptionsTest {

    @Test
    void withoutArgumentsUsesTheDocumentedDefaults() throws Exception {
        LocalRunOptions options = LocalRunOptions.parse();

        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.controllerPort()).isEqualTo(9093);
        assertThat(options.ingestPort()).isEqualTo(8080);
        assertThat(options.enrichPort()).isEqualTo(8081);
        assertThat(options.trendsPort()).isEqualTo(8082);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(options.dataDir()).isNull();
        assertThat(options.samplesDir()).isNull();
        assertThat(options.json()).isFalse();
        assertThat(options.exitAfterSamples()).isFalse();
        assertThat(options.keepData()).isFalse();
        assertThat(options.help()).isFalse();
        assertThat(options).isEqualTo(LocalRunOptions.defaults());
    }

    @Test
    void readsValuesGivenAsSeparateArgumentOrAfterEqualsSign() throws Exception {
        LocalRunOptions options = LocalRunOptions.parse("--kafka-port", "19092", "--controller-port=19093",
                "--ingest-port", "18080", "--enrich-port=18081", "--data-dir", "/tmp/nf", "--samples-dir=my samples",
                "--ingest-jar", "a.jar", "--enrich-jar=b.jar", "--timeout", "30", "--trends-port", "18082",
                "--trends-jar=c.jar");

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.controllerPort()).isEqualTo(19093);
        assertThat(options.ingestPort()).isEqualTo(18080);
        assertThat(options.enrichPort()).isEqualTo(18081);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/nf"));
        assertThat(options.samplesDir()).isEqualTo(Path.of("my samples"));
        assertThat(options.ingestJar()).isEqualTo(Path.of("a.jar"));
        assertThat(options.enrichJar()).isEqualTo(Path.of("b.jar"));
        assertThat(options.trendsPort()).isEqualTo(18082);
        assertThat(options.trendsJar()).isEqualTo(Path.of("c.jar"));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsFlagsInAnyOrder() throws Exception {
        LocalRunOptions options = LocalRunOptions.parse("--keep-data", "--json", "--exit-after-samples");

        assertThat(options.json()).isTrue();
        assertThat(options.exitAfterSamples()).isTrue();
        assertThat(options.keepData()).isTrue();
    }

    @Test
    void acceptsShortAndLongHelp() throws Exception {
        assertThat(LocalRunOptions.parse("-h").help()).isTrue();
        assertThat(LocalRunOptions.parse("--help").help()).isTrue();
    }

    @Test
    void usageListsEveryOption() {
        assertThat(LocalRunOptions.usage()).contains("--kafka-port", "--controller-port", "--ingest-port",
                "--enrich-port", "--data-dir", "--samples-dir", "--ingest-jar", "--enrich-jar", "--json",
                "--exit-after-samples", "--timeout", "--keep-data", "--help", "--trends-port", "--trends-jar");
    }

    @Test
    void usageNamesTheJarsAsTheyAreBuiltAndTellsHowToWatchWithoutKcat() {
        assertThat(LocalRunOptions.usage()).contains("--no-build", "./run-local watch",
                "local-run/target/newsflow-local-run-" + BuiltVersion.VERSION + ".jar",
                "ingest-service/target/newsflow-ingest-service-" + BuiltVersion.VERSION + "-exec.jar",
                "enrich-service/target/newsflow-enrich-service-" + BuiltVersion.VERSION + "-exec.jar",
                "trends-service/target/newsflow-trends-service-" + BuiltVersion.VERSION + "-exec.jar",
                "(default 8082)", "apt-get install kcat", "brew install kcat", "package -pl local-run -am")
                .doesNotContain("@project.version@", "install)");
        assertThat(BuiltVersion.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void acceptsNoBuildWhichTheScriptActsOn() throws Exception {
        assertThat(LocalRunOptions.parse("--no-build", "--json").noBuild()).isTrue();
        assertThat(LocalRunOptions.parse().noBuild()).isFalse();
    }

    @Test
    void startsFromClassDataArchivesUnlessToldNotTo() throws Exception {
        assertThat(LocalRunOptions.parse().noClassDataSharing()).isFalse();
        assertThat(LocalRunOptions.parse("--no-cds").noClassDataSharing()).isTrue();
        assertThat(LocalRunOptions.usage()).contains("--no-cds");
        assertThatThrownBy(() -> LocalRunOptions.parse("--no-cds=yes")).hasMessageContaining("takes no value");
    }

    @Test
    void readsTheWatchCommandWithItsOptions() throws Exception {
        LocalRunOptions watch = LocalRunOptions.parse("watch", "--kafka-port", "19092", "--json");

        assertThat(watch.watch()).isTrue();
        assertThat(watch.kafkaPort()).isEqualTo(19092);
        assertThat(watch.json()).isTrue();
        assertThat(LocalRunOptions.parse().watch()).isFalse();
        assertThat(LocalRunOptions.parse("--no-build", "watch").watch()).isTrue();
    }

    @Test
    void refusesOptionsOfTheRunAfterWatch() {
        assertThatThrownBy(() -> LocalRunOptions.parse("watch", "--ingest-port", "18080"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("'watch' takes only --kafka-port, --json")
                .hasMessageContaining("--ingest-port");
    }

    @Test
    void rejectsUnknownOption() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--kafka-prot", "1"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("Unknown option '--kafka-prot'");
    }

    @Test
    void rejectsPortOutsideTheValidRange() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--ingest-port", "70000"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--ingest-port must be a port number from 1 to 65535, not '70000'");
        assertThatThrownBy(() -> LocalRunOptions.parse("--kafka-port=nine"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--kafka-port");
    }

    @Test
    void rejectsTwoListenersOnOnePort() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--enrich-port", "9092"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--kafka-port and --enrich-port are both 9092");
    }

    @Test
    void rejectsOptionWithoutItsValue() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--data-dir"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--data-dir needs a value");
    }

    @Test
    void rejectsValueOnAFlag() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--json=yes"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--json takes no value");
    }

    @Test
    void rejectsTimeoutThatIsNotAPositiveNumberOfSeconds() {
        assertThatThrownBy(() -> LocalRunOptions.parse("--timeout", "0"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--timeout must be a whole number of seconds");
        assertThatThrownBy(() -> LocalRunOptions.parse("--timeout", "3m"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("not '3m'");
    }

    @Test
    void namesTheOptionOfEveryPort() throws Exception {
        assertThat(LocalRunOptions.parse("--enrich-port", "18081").portsByOption())
                .containsEntry("--kafka-port", 9092)
                .containsEntry("--controller-port", 9093)
                .containsEntry("--ingest-port", 8080)
                .containsEntry("--enrich-port", 18081);
    }
}
