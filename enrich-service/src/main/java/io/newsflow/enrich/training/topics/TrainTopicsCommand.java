package io.newsflow.enrich.training.topics;

import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.topics.TopicClassifier;
import io.newsflow.enrich.topics.TopicModel;
import io.newsflow.enrich.topics.WordVectors;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code train-topics [--datasets DIR] [--conll FILE] [--word-vectors FILE] [--out FILE]}: trains the IPTC topic
 * model from the BBC News, Reuters ModApte training and CoNLL-2003 training corpora, the IPTC taxonomy and the
 * word vectors, and writes it where {@link TopicClassifier#loadDefault()} finds it once built into the jar. The
 * same data give the same file.
 */
public final class TrainTopicsCommand implements OfflineCommand {
    public static final String NAME = TopicClassifier.BUILT_BY;
    static final int FAILED = 1;
    static final Path DEFAULT_DATASETS = Path.of("..", "shared", "datasets");
    /** The resource the classifier loads, as seen from the repository root where the command is run. */
    static final Path DEFAULT_OUT = OutputFiles.shippedResource(TopicClassifier.RESOURCE);

    private final PrintStream out;
    private final PrintStream err;

    public TrainTopicsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return the process exit code: 0 trained, 1 a dataset could not be read or the model not written, 2 bad command line */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--datasets", "--conll", "--word-vectors", "--out"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        Path datasets = options.path("--datasets", DEFAULT_DATASETS);
        Path conll = options.path("--conll", datasets.resolve(TopicTrainingSet.DEFAULT_CONLL_TRAIN));
        Path target = options.path("--out", DEFAULT_OUT);
        Path wordVectorsFile = options.path("--word-vectors", null);
        try {
            WordVectors wordVectors = wordVectorsFile == null ? WordVectors.loadDefault() : readVectors(wordVectorsFile);
            err.println("train-topics: reading " + datasets);
            TopicTrainingSet trainingSet = TopicTrainingSet.read(datasets, conll, wordVectors);
            err.println("train-topics: training");
            TopicModel model = trainingSet.train();
            byte[] bytes = model.toBytes();
            Files.write(OutputFiles.withParents(target), bytes);
            out.printf("%s %s bytes=%d terms=%d word_vectors=%s level1=%d level2=%d version=%s%n", NAME, target,
                    bytes.length, model.terms().size(), wordVectors.version(), model.levelOne().size(),
                    model.levelTwo().size(), TopicClassifier.VERSION_PREFIX + TopicClassifier.shortHash(bytes));
            return OK;
        } catch (IOException e) {
            err.println("train-topics: " + e.getMessage());
            return FAILED;
        }
    }

    private static WordVectors readVectors(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the word vectors " + file + "; write them with import-word-vectors");
        }
        try (var in = Files.newInputStream(file)) {
            return WordVectors.read(in);
        }
    }

    private static String usageText() {
        return """
                usage: train-topics [--datasets DIR] [--conll FILE] [--word-vectors FILE] [--out FILE]
                  Trains the IPTC Media Topic model on BBC News, Reuters-21578 ModApte train, the CoNLL-2003
                  training stories and the IPTC taxonomy, with the word vectors of import-word-vectors.
                  --datasets DIR  the shared datasets (default ../shared/datasets): iptc-mediatopic/, bbc-news/,
                                  reuters21578/modapte_train.jsonl
                  --conll FILE    CoNLL-2003 English training file (default DIR/conll2003/eng.train)
                  --word-vectors FILE  word vectors written by import-word-vectors (default: those in the jar)
                  --out FILE      where to write the model (default
                                  enrich-service/src/main/resources/topics/iptc-topics.bin.gz)""";
    }
}
