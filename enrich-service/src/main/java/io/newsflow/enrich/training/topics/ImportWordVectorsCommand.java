package io.newsflow.enrich.training.topics;

import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.topics.WordVectors;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import-word-vectors [--corenlp-models FILE] [--out FILE]}: converts Stanford CoreNLP's English word
 * embeddings into the compact file the topic model reads ({@link WordVectors}). Run once, before
 * {@code train-topics}; the same input gives the same file.
 */
public final class ImportWordVectorsCommand implements OfflineCommand {
    public static final String NAME = WordVectors.BUILT_BY;
    static final int FAILED = 1;
    /** The models jar as Maven leaves it in the local repository after any build of this project. */
    static final Path DEFAULT_MODELS = Path.of(System.getProperty("user.home"), ".m2", "repository", "edu",
            "stanford", "nlp", "stanford-corenlp", "4.5.10", "stanford-corenlp-4.5.10-models.jar");
    static final Path DEFAULT_OUT = OutputFiles.shippedResource(WordVectors.RESOURCE);

    private final PrintStream out;
    private final PrintStream err;

    public ImportWordVectorsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 written, 1 the input could not be read or the output written, 2 bad command line */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--corenlp-models", "--out"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        Path source = options.path("--corenlp-models", DEFAULT_MODELS);
        Path target = options.path("--out", DEFAULT_OUT);
        try {
            err.println(NAME + ": reading " + source);
            WordVectors vectors = WordVectors.of(CoreNlpEmbeddings.read(source));
            byte[] bytes = vectors.toBytes();
            Files.write(OutputFiles.withParents(target), bytes);
            out.printf("%s %s bytes=%d words=%d dimension=%d version=%s%n", NAME, target, bytes.length,
                    vectors.size(), vectors.dimension(), vectors.version());
            return OK;
        } catch (IOException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static String usageText() {
        return """
                usage: import-word-vectors [--corenlp-models FILE] [--out FILE]
                  Converts Stanford CoreNLP's English word embeddings for the topic model.
                  --corenlp-models FILE  the stanford-corenlp models jar, or the english-embeddings.ser.gz taken
                                         from it (default: the 4.5.10 models jar in ~/.m2/repository)
                  --out FILE             where to write (default
                                         enrich-service/src/main/resources/topics/word-vectors.bin.gz)""";
    }
}
