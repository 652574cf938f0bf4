package io.newsflow.enrich.bench;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.enrich.cli.ArticleFileReader;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench [--warmup 20s] [--measure 30s] [--stages LIST] [--conll FILE] [FILE...]}: single-thread speed of
 * the enrichment pipeline (all stages, or those {@code --stages} names, as {@code newsflow.enrich.stages} would)
 * after warm-up, beside plain CoreNLP {@code tokenize,ssplit,ner} on the same cleaned text in the same
 * run, in alternating rounds. One thread, so the figures are per core. Each corpus is measured on its own: the
 * article files together, and the documents of a CoNLL-2003 file (e.g. eng.testa), each run as a separate
 * article, as short wire copy arrives. Prints, per corpus, one line per measurement, the speed relative to
 * NER-only, the mean time of each stage, and what the topic and sentiment stages add to the NER stage. Beside the
 * wall-clock speeds it prints the same comparison in the measuring thread's CPU time, which a loaded machine
 * disturbs far less (a thread waiting for a core uses none).
 */
public final class BenchCommand implements OfflineCommand {
    public static final String NAME = "bench";
    private static final int ROUNDS = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out;
    private final PrintStream err;
    private final ArticleFileReader reader = new ArticleFileReader();

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 when measured, 1 when an input could not be read, 2 for a bad command line */
    @Override
    public int run(String... args) {
        Duration warmup = Duration.ofSeconds(20);
        Duration measure = Duration.ofSeconds(30);
        List<String> files = new ArrayList<>();
        String conll = null;
        List<String> stages = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stages" -> {
                    if (i + 1 >= args.length) {
                        return usage("--stages needs a comma-separated list such as clean,language,segment,ner");
                    }
                    stages = List.of(args[++i].split(","));
                }
                case "--conll" -> {
                    if (i + 1 >= args.length) {
                        return usage("--conll needs a CoNLL-2003 file such as eng.testa");
                    }
                    conll = args[++i];
                }
                case "--warmup", "--measure" -> {
                    if (i + 1 >= args.length) {
                        return usage(args[i] + " needs a duration such as 20s");
                    }
                    Duration value = Duration.parse("PT" + args[i + 1].toUpperCase());
                    if (args[i].equals("--warmup")) {
                        warmup = value;
                    } else {
                        measure = value;
                    }
                    i++;
                }
                default -> files.add(args[i]);
            }
        }
        if (files.isEmpty() && conll == null) {
            return usage("name at least one article file or a --conll file");
        }
        Map<String, List<RawArticleEvent>> corpora = new LinkedHashMap<>();
        List<RawArticleEvent> articles = new ArrayList<>();
        for (String file : files) {
            try {
                articles.addAll(reader.read(file, Files.readAllBytes(Path.of(file)), "bench"));
            } catch (IOException | RuntimeException e) {
                err.println("bench: " + file + ": " + e.getMessage());
                return 1;
            }
        }
        if (!articles.isEmpty()) {
            corpora.put("files", articles);
        }
        if (conll != null) {
            try {
                corpora.put("conll-documents", ConllArticles.read(Path.of(conll)));
            } catch (IOException | RuntimeException e) {
                err.println("bench: " + conll + ": " + e.getMessage());
                return 1;
            }
        }
        EnrichmentPipeline pipeline;
        try {
            pipeline = stages.isEmpty() ? EnrichmentPipeline.createDefault() : EnrichmentPipeline.create(stages);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        CoreNlpBaseline baseline = CoreNlpBaseline.load();
        for (Map.Entry<String, List<RawArticleEvent>> corpus : corpora.entrySet()) {
            measureCorpus(corpus.getKey(), corpus.getValue(), pipeline, baseline, warmup, measure);
        }
        return 0;
    }

    private void measureCorpus(String name, List<RawArticleEvent> articles, EnrichmentPipeline pipeline,
                               CoreNlpBaseline baseline, Duration warmup, Duration measure) {
        List<String> cleanedTexts = articles.stream().map(a -> pipeline.enrich(a).enrichment().cleanedText()).toList();

        out.printf("bench corpus=%s articles=%d warmup=%s measure=%s threads=1 java=%s%n", name, articles.size(),
                warmup, measure, Runtime.version());
        measurePipeline(pipeline, articles, warmup.dividedBy(2));
        measureBaseline(baseline, cleanedTexts, warmup.dividedBy(2));
        // Alternate short rounds of both, so that a change in the machine's load during the run affects
        // the pipeline and the baseline alike instead of whichever happened to run second.
        Result enrich = Result.NONE;
        Result ner = Result.NONE;
        Duration round = measure.dividedBy(ROUNDS);
        for (int i = 0; i < ROUNDS; i++) {
            enrich = enrich.plus(measurePipeline(pipeline, articles, round));
            ner = ner.plus(measureBaseline(baseline, cleanedTexts, round));
        }
        out.println(enrich.line("pipeline"));
        out.println(ner.line("corenlp-tokenize-ssplit-ner"));
        out.printf("bench pipeline/baseline time ratio=%.3f speed-vs-ner-only=%.3f%n",
                ner.articlesPerSecond() / enrich.articlesPerSecond(), enrich.articlesPerSecond() / ner.articlesPerSecond());
        out.printf("bench thread-cpu pipeline ms/article=%.2f baseline ms/article=%.2f speed-vs-ner-only=%.3f%n",
                enrich.cpuMillisPerArticle(), ner.cpuMillisPerArticle(),
                ner.cpuMillisPerArticle() / enrich.cpuMillisPerArticle());
        out.printf("bench allocated pipeline kB/article=%.0f baseline kB/article=%.0f%n",
                enrich.allocatedKilobytesPerArticle(), ner.allocatedKilobytesPerArticle());
        out.println(enrich.stageLine());
        out.println(enrich.topicsAndSentimentLine());
    }

    private static Result measurePipeline(EnrichmentPipeline pipeline, List<RawArticleEvent> articles, Duration span) {
        Map<String, Double> stageMillis = new TreeMap<>();
        long tokens = 0;
        long count = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long allocatedStart = allocatedBytes();
        long start = System.nanoTime();
        long end = start + span.toNanos();
        while (System.nanoTime() < end) {
            for (RawArticleEvent article : articles) {
                EnrichedArticleEvent enriched = pipeline.enrich(article);
                tokens += enriched.enrichment().tokenCount();
                enriched.enrichment().stageMillis().forEach((stage, ms) -> stageMillis.merge(stage, ms, Double::sum));
                count++;
            }
        }
        return new Result(count, tokens, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart,
                allocatedBytes() - allocatedStart, stageMillis);
    }

    private static Result measureBaseline(CoreNlpBaseline baseline, List<String> texts, Duration span) {
        long tokens = 0;
        long count = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long allocatedStart = allocatedBytes();
        long start = System.nanoTime();
        long end = start + span.toNanos();
        while (System.nanoTime() < end) {
            for (String text : texts) {
                tokens += baseline.annotate(text);
                count++;
            }
        }
        return new Result(count, tokens, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart,
                allocatedBytes() - allocatedStart, Map.of());
    }

    /** Bytes the measuring thread has allocated so far: memory a stage churns through also costs the CRF cache. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean hotspot ? hotspot.getCurrentThreadAllocatedBytes() : 0;
    }

    private int usage(String problem) {
        err.println("bench: " + problem);
        err.println("usage: bench [--warmup 20s] [--measure 30s] [--stages LIST] [--conll FILE] [FILE...]");
        return 2;
    }

    /**
     * One measurement: wall-clock time ({@code nanos}) and the measuring thread's CPU time ({@code cpuNanos}). On a
     * machine other work shares, wall-clock time also counts the time the thread waited for a core, which other
     * programs and the JVM's own compiler and collector threads decide; CPU time counts only the thread's own work.
     */
    private record Result(long articles, long tokens, long nanos, long cpuNanos, long allocated,
                          Map<String, Double> stageMillis) {
        static final Result NONE = new Result(0, 0, 0, 0, 0, Map.of());

        Result plus(Result other) {
            Map<String, Double> stages = new TreeMap<>(stageMillis);
            other.stageMillis.forEach((stage, ms) -> stages.merge(stage, ms, Double::sum));
            return new Result(articles + other.articles, tokens + other.tokens, nanos + other.nanos,
                    cpuNanos + other.cpuNanos, allocated + other.allocated, stages);
        }

        double allocatedKilobytesPerArticle() {
            return allocated / 1024.0 / articles;
        }

        double cpuMillisPerArticle() {
            return cpuNanos / 1e6 / articles;
        }

        double articlesPerSecond() {
            return articles * 1e9 / nanos;
        }

        String stageLine() {
            StringBuilder line = new StringBuilder("bench stage-ms-per-article");
            stageMillis.forEach((stage, ms) ->
                    line.append(' ').append(stage).append('=').append(String.format("%.2f", ms / articles)));
            return line.toString();
        }

        /**
         * What topics and sentiment add, as a share of the NER stage's time: the budget the product sets for
         * them is a fifth of it.
         */
        String topicsAndSentimentLine() {
            double ner = stageMillis.getOrDefault("ner", 0.0);
            double added = stageMillis.getOrDefault("topics", 0.0) + stageMillis.getOrDefault("sentiment", 0.0);
            return String.format("bench topics+sentiment ms/article=%.2f ner ms/article=%.2f share-of-ner=%.3f",
                    added / articles, ner / articles, ner == 0 ? 0 : added / ner);
        }

        String line(String what) {
            return String.format("bench %s articles=%d tokens=%d articles/s=%.1f tokens/s=%.0f ms/article=%.2f",
                    what, articles, tokens, articlesPerSecond(), tokens * 1e9 / nanos, nanos / 1e6 / articles);
        }
    }
}
