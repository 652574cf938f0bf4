package io.newsflow.enrich.cli;

/**
 * A command the enrich-service jar runs instead of the service when its name is the first argument ({@code enrich},
 * {@code bench}, {@code eval}, the training commands): plain Java, no Spring, no Kafka. Standard output carries the
 * command's results; problems go to standard error.
 */
@FunctionalInterface
public interface OfflineCommand {
    int OK = 0;
    int USAGE = 2;

    /**
     * @param args the arguments after the command's name
     * @return the process exit code: {@value #OK} on success, {@value #USAGE} for a command line it refuses; each
     *         command documents any other
     */
    int run(String... args);
}
