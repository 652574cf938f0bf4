package io.newsflow.enrich;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry point as a user meets it: {@code --help}, the commands it lists, a mistyped command. */
class OfflineCommandsTest {

    @Test
    void helpNamesTheJarAsBuiltAndEveryCommand() {
        String help = OfflineCommands.help();

        assertThat(help).startsWith("usage: java -jar enrich-service/target/newsflow-enrich-service-")
                .contains("-exec.jar [COMMAND [ARGUMENTS...]]");
        assertThat(OfflineCommands.ALL).extracting(OfflineCommands.Entry::name)
                .containsExactly("enrich", "bench", "eval", "import-word-vectors", "train-topics", "train-sentiment",
                        "import-places", "build-link-index")
                .allSatisfy(name -> assertThat(help).contains("\n    " + name + " "));
    }

    @Test
    void mainPrintsHelpAndSucceedsInsteadOfStartingTheService() throws Exception {
        Run run = runMain("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("usage: java -jar", "enrich ", "train-sentiment ");
    }

    @Test
    void mainRefusesAMistypedCommandInsteadOfStartingTheService() throws Exception {
        Run run = runMain("enrch");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'enrch'", "usage: java -jar");
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs main in a JVM of its own, because it ends the process with the exit code. */
    private static Run runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EnrichServiceApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("main " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
