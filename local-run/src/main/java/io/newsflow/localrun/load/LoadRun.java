package io.newsflow.localrun.load;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.localrun.InvalidOptionsException;
import io.newsflow.localrun.RepoLayout;
import io.newsflow.localrun.fault.EnrichedCounter;
import io.newsflow.localrun.kafka.KafkaServerProperties;
import io.newsflow.localrun.kafka.LocalKafkaBroker;
import io.newsflow.localrun.kafka.TopicSetup;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import io.newsflow.localrun.services.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code load-run}: how fast the whole pipeline goes and how long an article takes through it, against the
 * offline {@code enrich} command on the same articles. The broker, ingest-service and enrich-service run as
 * their own JVMs (as in fault-run); articles are pushed over HTTP, first at the maximum rate (closed-loop: as fast
 * as the pipeline completes them, docs/adr/0027), then at half the end-to-end throughput that phase measured. See
 * {@link LoadRunOptions#USAGE} and docs/benchmarks.md.
 */
public final class LoadRun {
    static final String SOURCE = "load";
    static final String ENRICH_GROUP = "newsflow-enrich";
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** The listener threads of enrich-service, and so the threads the offline baseline is compared at. */
    static final int ENRICH_CONCURRENCY = 1;
    static final double THROUGHPUT_TARGET = 0.9;
    static final long P99_TARGET_MS = 1_000;

    private final LoadRunOptions options;
    private final PrintStream out;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    LoadRun(LoadRunOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** @param args the options after {@code load-run} */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && "--help".equals(args[0])) {
            out.print(LoadRunOptions.USAGE);
            return EXIT_OK;
        }
        LoadRunOptions options;
        try {
            options = LoadRunOptions.parse(args);
        } catch (InvalidOptionsException e) {
            err.println(e.getMessage() + System.lineSeparator() + LoadRunOptions.USAGE);
            return EXIT_USAGE;
        }
        try {
            return new LoadRun(options, out).run();
        } catch (IOException | RuntimeException e) {
            err.println("load-run failed: " + e);
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILED;
        }
    }

    int run() throws IOException, InterruptedException {
        RepoLayout repo = RepoLayout.locate().orElseThrow(() -> new IllegalStateException(
                "load-run must be started inside the newsflow checkout (it runs the services' jars from it)"));
        emptyDataDir();
        ChildProcesses children = new ChildProcesses(options.dataDir());
        Runtime.getRuntime().addShutdownHook(new Thread(children::stopAll, "load-run-shutdown"));
        try {
            return runWith(children, repo);
        } finally {
            children.stopAll();
        }
    }

    private int runWith(ChildProcesses children, RepoLayout repo) throws IOException, InterruptedException {
        WireArticles firstPhaseArticles = new WireArticles(runId + "-a");
        Optional<OfflineBaseline.Result> offline = Optional.empty();
        if (options.baseline()) {
            out.printf("Offline baseline: the enrich command on %d articles of the first phase, one thread%n",
                    options.baselineArticles());
            offline = Optional.of(measureOffline(children, repo, firstPhaseArticles, "offline", "offline enrich"));
        }

        int base = options.portBase();
        LocalKafkaBroker broker = new LocalKafkaBroker(new KafkaServerProperties("127.0.0.1", base, base + 1,
                options.dataDir().resolve("kafka").resolve("storage")), options.dataDir().resolve("kafka"),
                LocalKafkaBroker.classpathOfThisJvm(), children);
        ChildProcess brokerProcess = broker.start(options.timeout());
        new TopicSetup(broker.bootstrapServers()).createTopics(options.timeout());
        ServiceProcess ingest = new ServiceProcess("ingest-service", repo.ingestJar(), base + 2,
                options.dataDir().resolve("ingest-service.log"), List.of("--spring.profiles.active=local"));
        ServiceProcess enrich = new ServiceProcess("enrich-service", repo.enrichJar(), base + 3,
                options.dataDir().resolve("enrich-service.log"),
                List.of("--newsflow.enrich.instance-id=load-run",
                        "--newsflow.enrich.concurrency=" + ENRICH_CONCURRENCY));
        ServiceProcess.prepareFastStarts(List.of(ingest, enrich), broker.bootstrapServers(), children,
                options.timeout(), out);
        ChildProcess ingestProcess = ingest.start(broker.bootstrapServers(), children);
        ChildProcess enrichProcess = enrich.start(broker.bootstrapServers(), children);
        ingest.awaitHealthy(options.timeout());
        enrich.awaitHealthy(options.timeout());
        out.printf("Broker, ingest-service and enrich-service up (logs in %s)%n", options.dataDir());

        List<PhaseResult> results = new ArrayList<>();
        EnrichedCounter counter = new EnrichedCounter(broker.bootstrapServers(), SOURCE + ":");
        Thread counting = new Thread(counter, "load-run-counter");
        counting.start();
        int rawPartitions = TopicSetup.PARTITIONS.get(NewsflowTopics.RAW_ARTICLES);
        try (ConsumerLagProbe lag = new ConsumerLagProbe(broker.bootstrapServers(), ENRICH_GROUP,
                NewsflowTopics.RAW_ARTICLES, rawPartitions)) {
            LoadPhase.Context context = new LoadPhase.Context(ingest.baseUri(), counter, lag, options, out,
                    brokerProcess.handle(), ingestProcess.handle(), enrichProcess.handle());
            // the first phase is compared with the baseline, so it leaves out the same warm-up; the half-rate
            // phase runs on JVMs that are warm by then
            if (options.rate().isPresent()) {
                results.add(new LoadPhase("fixed", firstPhaseArticles, options.articles(), options.rate(),
                        options.warmup()).run(context));
            } else {
                PhaseResult max = new LoadPhase("max", firstPhaseArticles, options.articles(), OptionalInt.empty(),
                        options.warmup()).run(context);
                results.add(max);
                int half = (int) Math.max(1, Math.round(max.throughput() / 2));
                results.add(new LoadPhase("half", new WireArticles(runId + "-b"), options.halfArticles(),
                        OptionalInt.of(half), 0)
                        .run(context));
            }
        } finally {
            counter.close();
            counting.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (offline.isPresent()) {
            offline = Optional.of(measureOfflineAgain(children, repo, firstPhaseArticles, offline.get()));
        }
        return report(results, offline);
    }

    /**
     * The offline command once more, after the phases, with the broker and the services stopped: the machine's
     * speed drifts (two quiet runs of the same baseline gave 91 and 118 articles/s), so the pipeline is compared
     * with the mean of a baseline taken before it and one taken after.
     */
    private OfflineBaseline.Result measureOfflineAgain(ChildProcesses children, RepoLayout repo,
                                                       WireArticles articles, OfflineBaseline.Result before)
            throws IOException, InterruptedException {
        children.stopAll();
        ChildProcesses again = new ChildProcesses(options.dataDir());
        Runtime.getRuntime().addShutdownHook(new Thread(again::stopAll, "load-run-shutdown-offline"));
        try {
            out.printf("Offline baseline again, the services stopped: the enrich command on the same %d articles%n",
                    options.baselineArticles());
            OfflineBaseline.Result after = measureOffline(again, repo, articles, "offline-after",
                    "offline enrich again");
            return OfflineBaseline.Result.meanOf(before, after);
        } finally {
            again.stopAll();
        }
    }

    /** The offline command on the first {@code --baseline-articles} articles, its figures printed as {@code label}. */
    private OfflineBaseline.Result measureOffline(ChildProcesses children, RepoLayout repo, WireArticles articles,
                                                  String workDir, String label)
            throws IOException, InterruptedException {
        OfflineBaseline.Result baseline = new OfflineBaseline(repo.enrichJar(), options.dataDir().resolve(workDir),
                children, out).measure(articles, options.baselineArticles(), options.warmup(), options.timeout());
        out.printf(Locale.ROOT, "%s: %.1f articles/s after the first %d (%d articles, threads=%d); "
                        + "CPU time %s per article; load average %s at the start, %s at the end%n", label,
                baseline.throughput(), options.warmup(), options.baselineArticles(), ENRICH_CONCURRENCY,
                PhaseResult.millis(baseline.cpuMillisPerArticle()), baseline.loadAtStart(), baseline.loadAtEnd());
        return baseline;
    }

    private int report(List<PhaseResult> results, Optional<OfflineBaseline.Result> offline) {
        out.println();
        out.println("== load-run summary ==");
        boolean exact = true;
        for (PhaseResult result : results) {
            result.print(out);
            exact &= result.isExact();
        }
        PhaseResult first = results.get(0);
        if (offline.isPresent()) {
            OfflineBaseline.Result baseline = offline.get();
            double ratio = first.throughput() / baseline.throughput();
            out.printf(Locale.ROOT, "throughput end-to-end/offline = %.1f / %.1f articles/s = %.3f (target >= %.1f: %s)"
                            + "%s%n", first.throughput(), baseline.throughput(), ratio, THROUGHPUT_TARGET,
                    ratio >= THROUGHPUT_TARGET ? "met" : "MISSED", baseline.describeRuns());
            out.printf(Locale.ROOT, "steady state, the second half of each run: end-to-end/offline = %.1f / %.1f "
                            + "articles/s = %.3f%n", first.secondHalf(), baseline.secondHalf(),
                    first.secondHalf() / baseline.secondHalf());
            // the same CPU per article at a lower throughput is waiting for a core (or for work), not more work
            out.printf(Locale.ROOT, "phase=%s (%s), after the first %d: enrich CPU time per article %s in "
                            + "enrich-service, %s offline; load average %s -> %s in the phase, %s -> %s offline%n",
                    first.name(), first.mode(), first.warmup(), PhaseResult.millis(first.enrichCpuMs()),
                    PhaseResult.millis(baseline.cpuMillisPerArticle()), first.loadAtStart(), first.loadAtEnd(),
                    baseline.loadAtStart(), baseline.loadAtEnd());
        }
        results.stream().filter(result -> result.name().equals("half")).findFirst().ifPresent(half -> {
            long p99 = half.eventLatency().count() == 0 ? Long.MAX_VALUE : half.eventLatency().at(99);
            out.printf(Locale.ROOT, "p99 at half the maximum rate (%d/s) = %d ms (target <= %d ms: %s)%n",
                    half.rate().orElse(0), p99, P99_TARGET_MS, p99 <= P99_TARGET_MS ? "met" : "MISSED");
        });
        out.println(exact ? "PASS: every article acknowledged and enriched exactly once (loss 0, duplicates 0)"
                : "FAIL: articles lost, duplicated or not acknowledged");
        return exact ? EXIT_OK : EXIT_FAILED;
    }

    private void emptyDataDir() throws IOException {
        ChildProcesses.stopLeftovers(options.dataDir());
        if (Files.isDirectory(options.dataDir())) {
            try (Stream<Path> paths = Files.walk(options.dataDir())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(options.dataDir());
    }

    static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // a push that threw is not acknowledged: resent later
        }
    }
}
