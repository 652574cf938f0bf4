package io.newsflow.enrich.training.sentiment;

import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.metrics.ConfusionMatrix;
import io.newsflow.enrich.sentiment.LinearSentimentModel;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentLabel;
import io.newsflow.enrich.topics.WordVectors;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * {@code train-sentiment [--datasets DIR] [--out FILE] [--folds K] [--c LIST] [--nb-alpha LIST]}: trains the target
 * and sentence sentiment models on NewsMTSC {@code train.jsonl} with the VADER and Hu &amp; Liu lexicons as
 * features, chooses each model's regularisation and naive-Bayes feature scaling by K-fold cross-validation on the
 * training file alone (folds by sentence, macro-F1),
 * and writes the model {@link SentimentAnalyzer} ships. Deterministic: the same data give the same file.
 * Cross-validation figures go to standard output, progress to standard error.
 */
public final class TrainSentimentCommand implements OfflineCommand {
    public static final String NAME = SentimentAnalyzer.BUILT_BY;
    static final int FAILED = 1;
    static final Path DEFAULT_DATASETS = Path.of("..", "shared", "datasets");
    static final Path TRAIN_FILE = Path.of("newsmtsc", "train.jsonl");
    /** The resource as seen from the repository root, where the command is run. */
    static final Path DEFAULT_OUT = OutputFiles.shippedResource(SentimentAnalyzer.RESOURCE);
    /**
     * Candidate LIBLINEAR C values; cross-validation picks one per model (the smaller on a tie). 0.4 lost for
     * every naive-Bayes smoothing measured (model card), so it is no longer tried.
     */
    static final List<Double> C_GRID = List.of(0.05, 0.1, 0.2);
    /**
     * Candidate smoothings of the naive-Bayes log-count ratios the binary features are scaled by (0: plain
     * logistic regression); cross-validation picks one per model together with C.
     */
    static final List<Double> NB_ALPHA_GRID = List.of(0.0, 0.5, 1.0);
    public static final String METHOD = "newsmtsc-nblr-3";

    private final PrintStream out;
    private final PrintStream err;

    public TrainSentimentCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return the process exit code: 0 trained, 1 data could not be read or the model written, 2 bad usage */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--datasets", "--out", "--folds", "--c", "--nb-alpha"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        Path datasets = options.path("--datasets", DEFAULT_DATASETS);
        Path output = options.path("--out", DEFAULT_OUT);
        // numbers() answers null for a bad list, which Optional.map would turn into the default: test the value first
        List<Double> grid = options.value("--c").isPresent() ? numbers(options.value("--c").get()) : C_GRID;
        if (grid == null) {
            return usage.refuse("--c needs comma-separated numbers");
        }
        List<Double> alphas = options.value("--nb-alpha").isPresent()
                ? numbers(options.value("--nb-alpha").get()) : NB_ALPHA_GRID;
        if (alphas == null) {
            return usage.refuse("--nb-alpha needs comma-separated numbers");
        }
        int folds = options.value("--folds").map(TrainSentimentCommand::wholeNumber).orElse(5);
        if (folds < 2) {
            return usage.refuse("--folds needs a whole number of at least 2");
        }
        try {
            Path trainFile = datasets.resolve(TRAIN_FILE);
            List<NewsMtscReader.Sentence> sentences = new NewsMtscReader().read(trainFile);
            WordVectors wordVectors = WordVectors.loadDefault();
            SentimentTrainer trainer = new SentimentTrainer(SentimentLexicons.read(datasets), wordVectors);
            List<SentimentTrainer.Example> targets = trainer.targetExamples(sentences);
            List<SentimentTrainer.Example> sentenceExamples = trainer.sentenceExamples(sentences);
            err.printf("train-sentiment: %s: %d sentences, %d targets, %d sentences with one polarity%n",
                    trainFile, sentences.size(), targets.size(), sentenceExamples.size());
            Choice target = choose(trainer, "target", targets, folds, grid, alphas);
            Choice sentence = choose(trainer, "sentence", sentenceExamples, folds, grid, alphas);
            LinearSentimentModel targetModel = trainer.train(targets, target.c(), target.nbAlpha(),
                    target.classWeights());
            LinearSentimentModel sentenceModel = trainer.train(sentenceExamples, sentence.c(), sentence.nbAlpha(),
                    sentence.classWeights());
            String version = String.format(Locale.ROOT,
                    "%s target-C=%s target-nb=%s sentence-C=%s sentence-nb=%s word-vectors=%s", METHOD, target.c(),
                    target.nbAlpha(), sentence.c(), sentence.nbAlpha(), wordVectors.version());
            write(new SentimentAnalyzer(version, targetModel, sentenceModel), output);
            err.printf("train-sentiment: wrote %s (%d bytes; %d target and %d sentence weights rows)%n", output,
                    Files.size(output), targetModel.size(), sentenceModel.size());
            out.println("model " + version);
        } catch (IOException e) {
            err.println("train-sentiment: " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    /** What cross-validation chose for one model. */
    private record Choice(double c, double nbAlpha, double[] classWeights) {
    }

    /**
     * The (naive-Bayes smoothing, C) pair with the best cross-validated macro-F1 (the first in grid order on a
     * tie), then class weights on that pair's out-of-fold probabilities.
     */
    private Choice choose(SentimentTrainer trainer, String model, List<SentimentTrainer.Example> examples,
                          int folds, List<Double> grid, List<Double> alphas) {
        double bestC = grid.get(0);
        double bestAlpha = alphas.get(0);
        double bestF1 = -1;
        SentimentTrainer.CrossValidation best = null;
        for (double alpha : alphas) {
            for (double c : grid) {
                SentimentTrainer.CrossValidation figures = trainer.crossValidate(examples, c, alpha, folds);
                if (figures.all().macroF1() > bestF1) {
                    bestF1 = figures.all().macroF1();
                    bestC = c;
                    bestAlpha = alpha;
                    best = figures;
                }
                print(model, c, alpha, folds, figures);
            }
        }
        SentimentTrainer.ClassWeights weights = SentimentTrainer.chooseClassWeights(best, folds);
        // nested: each fold's weights chosen on the other folds' predictions; in-sample: chosen on all of them
        out.printf(Locale.ROOT, "cv %s C=%s nb=%s class_weights=%s,1,%s nested_macro_f1=%.4f"
                        + " in_sample_macro_f1=%.4f%n", model, bestC, bestAlpha, weights.weights()[0],
                weights.weights()[2], weights.nestedMacroF1(), weights.macroF1());
        // weights are kept only when the nested estimate says they help on folds they were not chosen on
        boolean helps = weights.nestedMacroF1() > bestF1;
        out.printf(Locale.ROOT, "%s class weights: %s%n", model, helps ? "kept" : "not kept (1,1,1)");
        return new Choice(bestC, bestAlpha, helps ? weights.weights() : new double[] {1, 1, 1});
    }

    private void print(String model, double c, double alpha, int folds, SentimentTrainer.CrossValidation figures) {
        ConfusionMatrix<SentimentLabel> matrix = figures.all();
        out.printf(Locale.ROOT, "cv %s C=%s nb=%s folds=%d macro_f1=%.4f accuracy=%.4f n=%d", model, c, alpha, folds,
                matrix.macroF1(), matrix.accuracy(), matrix.total());
        if (figures.shared().total() > 0) {
            out.printf(Locale.ROOT, " multi_target_macro_f1=%.4f multi_target_accuracy=%.4f multi_target_n=%d",
                    figures.shared().macroF1(), figures.shared().accuracy(), figures.shared().total());
        }
        out.println();
        out.flush();
    }

    private static List<Double> numbers(String list) {
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Double::valueOf).toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void write(SentimentAnalyzer analyzer, Path output) throws IOException {
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(
                OutputFiles.withParents(output))),
                StandardCharsets.UTF_8)) {
            analyzer.write(writer);
        }
    }

    /** @return the number, or 0 (refused by the caller) when it is not a whole number */
    private static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String usageText() {
        return """
                usage: train-sentiment [--datasets DIR] [--out FILE] [--folds K] [--c LIST] [--nb-alpha LIST]
                  Trains the target and sentence sentiment models on NewsMTSC train.jsonl (lexicons and the shipped
                  word vectors as features),
                  picks each model's C and naive-Bayes scaling by K-fold cross-validation on that file, prints the
                  figures, writes the model.
                  --datasets DIR  the shared datasets: newsmtsc/train.jsonl, lexicons/ (default ../shared/datasets)
                  --out FILE      the model to write
                                  (default enrich-service/src/main/resources/sentiment/sentiment-model.txt.gz)
                  --folds K       cross-validation folds (default 5)
                  --c LIST        comma-separated LIBLINEAR C values to choose from (default 0.05,0.1,0.2)
                  --nb-alpha LIST comma-separated smoothings of the naive-Bayes log-count ratios that scale the
                                  binary features, 0 for none (default 0,0.5,1)""";
    }
}
