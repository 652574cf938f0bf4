package io.newsflow.enrich;

import io.newsflow.enrich.bench.BenchCommand;
import io.newsflow.enrich.cli.EnrichCommand;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.eval.EvalCommand;
import io.newsflow.enrich.training.linking.BuildLinkIndexCommand;
import io.newsflow.enrich.training.places.ImportPlacesCommand;
import io.newsflow.enrich.training.sentiment.TrainSentimentCommand;
import io.newsflow.enrich.training.topics.ImportWordVectorsCommand;
import io.newsflow.enrich.training.topics.TrainTopicsCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The offline commands the enrich-service jar runs instead of the service, by name. This is the one list of them:
 * {@code main} dispatches through it and {@code --help} prints it. It lives beside the application class, above
 * the command packages, so that no command package has to know the others.
 */
final class OfflineCommands {
    /** Where the jar is after {@code ./mvnw package}, as the help text shows it. */
    static final String JAR = buildProperty("exec.jar", "newsflow-enrich-service-exec.jar");

    static final List<Entry> ALL = List.of(
            new Entry(EnrichCommand.NAME, "enrich articles offline, one enriched event per line (--describe: "
                    + "the pipeline)", streams -> new EnrichCommand(streams.in(), streams.out(), streams.err())),
            new Entry(BenchCommand.NAME, "single-thread speed of the pipeline beside plain CoreNLP NER",
                    streams -> new BenchCommand(streams.out(), streams.err())),
            new Entry(EvalCommand.NAME, "quality of NER, language, topics and target sentiment on the shared datasets",
                    streams -> new EvalCommand(streams.out(), streams.err())),
            new Entry(ImportWordVectorsCommand.NAME, "convert CoreNLP's word vectors for the topic and sentiment models",
                    streams -> new ImportWordVectorsCommand(streams.out(), streams.err())),
            new Entry(TrainTopicsCommand.NAME, "train the IPTC topic model",
                    streams -> new TrainTopicsCommand(streams.out(), streams.err())),
            new Entry(TrainSentimentCommand.NAME, "train the target and sentence sentiment models",
                    streams -> new TrainSentimentCommand(streams.out(), streams.err())),
            new Entry(ImportPlacesCommand.NAME, "build the geo index of the places stage from GeoNames and ISO 3166",
                    streams -> new ImportPlacesCommand(streams.out(), streams.err())),
            new Entry(BuildLinkIndexCommand.NAME, "build the Wikipedia link index from CoreNLP's wikidict",
                    streams -> new BuildLinkIndexCommand(streams.out(), streams.err())));

    private OfflineCommands() {
    }

    static Optional<Entry> named(String name) {
        return ALL.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    static boolean isHelp(String argument) {
        return "--help".equals(argument) || "-h".equals(argument) || "help".equals(argument);
    }

    static String help() {
        int width = ALL.stream().mapToInt(entry -> entry.name().length()).max().orElse(0) + 2;
        return "usage: java -jar " + JAR + " [COMMAND [ARGUMENTS...]]\n"
                + "  Without a command, runs enrich-service: it reads raw articles from Kafka and writes enriched\n"
                + "  ones (configuration: README, newsflow.enrich.* and spring.kafka.*; Spring options such as\n"
                + "  --server.port=8091 go after the jar).\n"
                + "  With a command, runs it offline instead, without Spring or Kafka; COMMAND --help says more:\n"
                + ALL.stream().map(entry -> "    " + entry.name() + " ".repeat(width - entry.name().length())
                        + entry.summary()).collect(Collectors.joining("\n"));
    }

    private static String buildProperty(String name, String otherwise) {
        try (InputStream in = OfflineCommands.class.getResourceAsStream("/newsflow-enrich-build.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty(name, otherwise);
        } catch (IOException e) {
            return otherwise;
        }
    }

    /** The process's standard streams, which every command writes to. */
    record Streams(InputStream in, PrintStream out, PrintStream err) {
    }

    /**
     * @param name    what the first argument says to run it
     * @param summary one line for {@code --help}
     * @param create  the command, writing to the given streams
     */
    record Entry(String name, String summary, Function<Streams, OfflineCommand> create) {
    }
}
