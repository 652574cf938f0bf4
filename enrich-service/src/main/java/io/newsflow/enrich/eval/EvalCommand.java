package io.newsflow.enrich.eval;

import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.training.sentiment.SentimentLexicons;
import io.newsflow.enrich.training.topics.NewsDatasets;
import io.newsflow.enrich.training.topics.TopicTrainingSet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code eval [--datasets DIR] [--tasks ner,language,topics,target-sentiment,quotes,expressions]
 * [--conll FILE] [--language-set DIR] [--bbc FILE] [--ag-news FILE] [--reuters-test FILE] [--newsmtsc FILE[,FILE]]
 * [--quote-set DIR] [--quote-parts dev,test] [--expression-set DIR] [--expression-parts dev,test] [--write FILE]
 * [--topic-errors FILE]}:
 * measures the pipeline against public benchmarks. Progress goes to standard error, one summary line per task ({@code task dataset
 * metric=value ...}) to standard output, and with {@code --write} the full figures to a Markdown file.
 */
public final class EvalCommand implements OfflineCommand {
    public static final String NAME = "eval";
    static final int FAILED = 1;
    static final Path DEFAULT_DATASETS = Path.of("..", "shared", "datasets");
    static final Path DEFAULT_CONLL = Path.of("conll2003", "eng.testa");
    /** The language set the repository ships, as seen from the repository root where {@code eval} is run. */
    static final Path DEFAULT_LANGUAGE_SET = Path.of("enrich-service", "src", "test", "resources", "language");
    static final Path DEFAULT_AG_NEWS = Path.of("ag-news", "test.csv");
    static final List<Path> DEFAULT_NEWSMTSC = List.of(Path.of("newsmtsc", "dev_rw.jsonl"),
            Path.of("newsmtsc", "dev_mt.jsonl"));
    /** Our own quotation set, as seen from the repository root; the quote rules were tuned on its dev part only. */
    static final Path DEFAULT_QUOTE_SET = Path.of("enrich-service", "src", "test", "resources", "quotes");
    static final List<String> QUOTE_PARTS = List.of("dev", "test");
    /** Our own expression set, as seen from the repository root; the rules were written on its dev part only. */
    static final Path DEFAULT_EXPRESSION_SET = Path.of("enrich-service", "src", "test", "resources", "expressions");
    static final List<String> TASKS = List.of(NerTask.NAME, LanguageTask.NAME, TopicsTask.NAME,
            TargetSentimentTask.NAME, QuotesTask.NAME, ExpressionsTask.NAME);

    private final PrintStream out;
    private final PrintStream err;

    public EvalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return the process exit code: 0 measured, 1 a dataset could not be read, 2 bad command line */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--datasets", "--tasks", "--conll", "--language-set",
                "--bbc", "--ag-news", "--reuters-test", "--newsmtsc", "--quote-set", "--quote-parts",
                "--expression-set", "--expression-parts", "--write", "--topic-errors"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        Path datasets = options.path("--datasets", DEFAULT_DATASETS);
        Path conll = options.path("--conll", null);
        Path languageSet = options.path("--language-set", DEFAULT_LANGUAGE_SET);
        Path write = options.path("--write", null);
        Path bbc = options.path("--bbc", null);
        Path agNews = options.path("--ag-news", null);
        Path reutersTest = options.path("--reuters-test", null);
        Path topicErrors = options.path("--topic-errors", null);
        Path quoteSet = options.path("--quote-set", DEFAULT_QUOTE_SET);
        List<String> quoteParts = options.value("--quote-parts").map(EvalCommand::commaSeparated).orElse(QUOTE_PARTS);
        List<String> unknownParts = quoteParts.stream().filter(part -> !QUOTE_PARTS.contains(part)).toList();
        if (!unknownParts.isEmpty()) {
            return usage.refuse("unknown quote-set part " + String.join(", ", unknownParts) + "; parts are "
                    + String.join(",", QUOTE_PARTS));
        }
        Path expressionSet = options.path("--expression-set", DEFAULT_EXPRESSION_SET);
        List<String> expressionParts = options.value("--expression-parts").map(EvalCommand::commaSeparated)
                .orElse(QUOTE_PARTS);
        List<String> unknownExpressionParts = expressionParts.stream().filter(part -> !QUOTE_PARTS.contains(part))
                .toList();
        if (!unknownExpressionParts.isEmpty()) {
            return usage.refuse("unknown expression-set part " + String.join(", ", unknownExpressionParts)
                    + "; parts are " + String.join(",", QUOTE_PARTS));
        }
        List<Path> newsMtsc = options.value("--newsmtsc").map(value -> commaSeparated(value).stream().map(Path::of)
                .toList()).orElse(null);
        List<String> tasks = options.value("--tasks").map(EvalCommand::commaSeparated).orElse(TASKS);
        List<String> unknown = tasks.stream().filter(task -> !TASKS.contains(task)).toList();
        if (!unknown.isEmpty()) {
            return usage.refuse("unknown task " + String.join(", ", unknown) + "; tasks are "
                    + String.join(",", TASKS));
        }
        Path conllFile = conll != null ? conll : datasets.resolve(DEFAULT_CONLL);
        List<TaskResult> results = new ArrayList<>();
        try {
            if (tasks.contains(NerTask.NAME)) {
                results.add(runNer(conllFile, datasets));
            }
            if (tasks.contains(LanguageTask.NAME)) {
                results.add(report(new LanguageTask().run(languageSet, languageSet.normalize().toString(), err)));
            }
            if (tasks.contains(TopicsTask.NAME)) {
                TopicsEvalSets sets = topicsSets(datasets, bbc, agNews, reutersTest);
                TopicsTask topics = new TopicsTask();
                topics.run(sets, err).forEach(result -> results.add(report(result)));
                if (topicErrors != null) {
                    writeLines(topicErrors, TopicsTask.MISSES_HEADER, topics.agNewsMisses());
                    err.println("eval: wrote " + topicErrors);
                }
            }
            if (tasks.contains(TargetSentimentTask.NAME)) {
                List<Path> files = newsMtsc != null ? newsMtsc : DEFAULT_NEWSMTSC.stream().map(datasets::resolve)
                        .toList();
                results.addAll(runTargetSentiment(files, datasets));
            }
            if (tasks.contains(QuotesTask.NAME)) {
                results.addAll(runQuotes(quoteSet, quoteParts));
            }
            if (tasks.contains(ExpressionsTask.NAME)) {
                results.addAll(runExpressions(expressionSet, expressionParts));
            }
            if (write != null) {
                QualityReport.write(write, invocation(args), results);
                err.println("eval: wrote " + write);
            }
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    private TaskResult runNer(Path conllFile, Path datasets) throws IOException {
        if (!Files.isReadable(conllFile)) {
            throw new IOException("cannot read the CoNLL file " + conllFile
                    + "; pass --datasets DIR holding conll2003/eng.testa, or --conll FILE");
        }
        return report(new NerTask().run(conllFile, datasetName(conllFile, datasets), err));
    }

    /** The topics task's files: those given, the others in their place under the datasets directory. */
    static TopicsEvalSets topicsSets(Path datasets, Path bbc, Path agNews, Path reutersTest) throws IOException {
        Path bbcFile = bbc != null ? bbc : datasets.resolve(NewsDatasets.DEFAULT_BBC);
        Path agNewsFile = agNews != null ? agNews : datasets.resolve(DEFAULT_AG_NEWS);
        Path reutersTestFile = reutersTest != null ? reutersTest : datasets.resolve(NewsDatasets.DEFAULT_REUTERS_TEST);
        Path taxonomy = datasets.resolve(TopicTrainingSet.DEFAULT_TAXONOMY);
        Path reutersTrain = datasets.resolve(NewsDatasets.DEFAULT_REUTERS_TRAIN);
        Path conllTrain = datasets.resolve(TopicTrainingSet.DEFAULT_CONLL_TRAIN);
        for (Path file : List.of(bbcFile, agNewsFile, reutersTestFile, taxonomy, reutersTrain, conllTrain)) {
            if (!Files.isReadable(file)) {
                throw new IOException("cannot read " + file + "; topics needs --datasets DIR holding "
                        + "iptc-mediatopic/, reuters21578/modapte_train.jsonl, conll2003/eng.train and the "
                        + "evaluation sets, or "
                        + "--bbc FILE, --ag-news FILE, --reuters-test FILE");
            }
        }
        return new TopicsEvalSets(taxonomy, reutersTrain, conllTrain, bbcFile, datasetName(bbcFile, datasets), agNewsFile,
                datasetName(agNewsFile, datasets), reutersTestFile, datasetName(reutersTestFile, datasets));
    }

    private static void writeLines(Path file, String header, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(header);
        all.addAll(lines);
        Files.write(OutputFiles.withParents(file), all);
    }

    private List<TaskResult> runTargetSentiment(List<Path> files, Path datasets) throws IOException {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new IOException("cannot read the NewsMTSC file " + file
                        + "; pass --datasets DIR holding newsmtsc/dev_rw.jsonl and dev_mt.jsonl, or --newsmtsc FILE[,FILE]");
            }
        }
        Path vader = datasets.resolve(SentimentLexicons.VADER);
        if (!Files.isReadable(vader)) {
            throw new IOException("cannot read the VADER lexicon " + vader
                    + " for the target-sentiment baseline; pass --datasets DIR holding lexicons/vader");
        }
        TargetSentimentTask task = new TargetSentimentTask(SentimentAnalyzer.loadDefault(), vader);
        List<TaskResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(report(task.run(file, datasetName(file, datasets), err)));
        }
        return results;
    }

    private List<TaskResult> runQuotes(Path quoteSet, List<String> parts) throws IOException {
        return runAnnotatedSet(quoteSet, "quotes", "quotation", "--quote-set", parts,
                () -> new QuotesTask(EnrichmentPipeline.create(QuotesTask.STAGES))::run);
    }

    private List<TaskResult> runExpressions(Path expressionSet, List<String> parts) throws IOException {
        return runAnnotatedSet(expressionSet, "expressions", "expression", "--expression-set", parts,
                () -> new ExpressionsTask(EnrichmentPipeline.create(ExpressionsTask.STAGES))::run);
    }

    /** How a task scores one part of one of our annotated sets. */
    @FunctionalInterface
    private interface AnnotatedSetTask {
        TaskResult run(Path file, String setName, boolean showErrors, PrintStream err) throws IOException;
    }

    /**
     * Scores the parts ({@code <name>-dev.txt}, {@code <name>-test.txt}) of one of our annotated sets, every file
     * checked before the task's pipeline is built. The dev part lists its errors; the held-out test part only its
     * figures.
     */
    private List<TaskResult> runAnnotatedSet(Path set, String name, String what, String option, List<String> parts,
                                             Supplier<AnnotatedSetTask> task) throws IOException {
        List<Path> files = parts.stream().map(part -> set.resolve(name + "-" + part + ".txt")).toList();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new IOException("cannot read the " + what + " set file " + file
                        + "; run eval from the repository root or pass " + option + " DIR holding " + name
                        + "-dev.txt and " + name + "-test.txt");
            }
        }
        AnnotatedSetTask scorer = task.get();
        List<TaskResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            results.add(report(scorer.run(file, name + "/" + file.getFileName(), parts.get(i).equals("dev"), err)));
        }
        return results;
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private TaskResult report(TaskResult result) {
        out.println(result.summaryLine());
        out.flush();
        return result;
    }

    /** A file under the datasets directory is named by its path there, as the datasets README names it. */
    static String datasetName(Path file, Path datasets) {
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path absoluteDatasets = datasets.toAbsolutePath().normalize();
        Path name = absoluteFile.startsWith(absoluteDatasets)
                ? absoluteDatasets.relativize(absoluteFile) : absoluteFile.getFileName();
        return name.toString().replace('\\', '/');
    }

    /**
     * The command as typed, so that the report says how to reproduce it: the JVM knows the jar it was started
     * with; when run from another launcher (tests, an IDE) only the arguments are known.
     */
    static String invocation(String... args) {
        String javaCommand = System.getProperty("sun.java.command", "");
        String arguments = NAME + (args.length == 0 ? "" : " " + String.join(" ", args));
        String launcher = javaCommand.split(" ", 2)[0];
        return launcher.endsWith(".jar") ? "java -jar " + launcher + " " + arguments : arguments;
    }

    private static String usageText() {
        return """
                usage: eval [--datasets DIR] [--tasks ner,language,topics,target-sentiment,quotes,expressions]
                            [--conll FILE] [--language-set DIR] [--bbc FILE] [--ag-news FILE] [--reuters-test FILE]
                            [--newsmtsc FILE[,FILE]] [--quote-set DIR] [--quote-parts dev,test]
                            [--expression-set DIR] [--expression-parts dev,test] [--write FILE]
                            [--topic-errors FILE]
                  Measures the pipeline on public benchmarks; prints one line per task, progress on standard error.
                  --datasets DIR  the shared datasets (default ../shared/datasets)
                  --tasks LIST    comma-separated tasks to run (default: all; tasks: ner, language, topics,
                                  target-sentiment, quotes, expressions)
                  --conll FILE    CoNLL-2003-format file for ner (default DIR/conll2003/eng.testa)
                  --language-set DIR  one <iso-639-1>.txt file per language, paragraphs separated by blank lines,
                                  for language (default enrich-service/src/test/resources/language)
                  --bbc FILE      BBC News JSON lines {id, category, title, text} for topics, cross-validated
                                  (default DIR/bbc-news/bbc_news.jsonl; the folds are trained with
                                  DIR/iptc-mediatopic/ and DIR/reuters21578/modapte_train.jsonl)
                  --ag-news FILE  AG News CSV label,title,description for topics (default DIR/ag-news/test.csv)
                  --reuters-test FILE  Reuters ModApte JSON lines {newid, topics, title, body} for topics
                                  (default DIR/reuters21578/modapte_test.jsonl)
                  --newsmtsc FILES  comma-separated NewsMTSC-format JSON-lines files for target-sentiment
                                  (default DIR/newsmtsc/dev_rw.jsonl,DIR/newsmtsc/dev_mt.jsonl); its VADER
                                  baseline reads DIR/lexicons/vader/vader_lexicon.txt
                  --quote-set DIR  our annotated quotation set for quotes: quotes-dev.txt and quotes-test.txt
                                  (default enrich-service/src/test/resources/quotes; format in its README.md)
                  --quote-parts LIST  which parts of the quotation set to score (default dev,test); only the
                                  dev part lists the quotations scored wrong
                  --expression-set DIR  our annotated DATE/MONEY/PERCENT set for expressions: expressions-dev.txt
                                  and expressions-test.txt (default enrich-service/src/test/resources/expressions;
                                  format in its README.md)
                  --expression-parts LIST  which parts of the expression set to score (default dev,test); only
                                  the dev part lists the expressions scored wrong
                  --write FILE    also write the figures, date, command and machine as Markdown (docs/quality.md)
                  --topic-errors FILE  also write the AG News items topics scores wrong, one tab-separated line
                                  each: CSV record number, gold class, what counts as right, topics emitted""";
    }
}
