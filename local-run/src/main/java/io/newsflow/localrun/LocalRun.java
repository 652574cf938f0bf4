package io.newsflow.localrun;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.localrun.fault.FaultRun;
import io.newsflow.localrun.kafka.KafkaServerProperties;
import io.newsflow.localrun.load.LoadRun;
import io.newsflow.localrun.kafka.LocalKafkaBroker;
import io.newsflow.localrun.kafka.TopicSetup;
import io.newsflow.localrun.output.EnrichedEventPrinter;
import io.newsflow.localrun.output.OutputTopicsWatcher;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import io.newsflow.localrun.process.DataDirLock;
import io.newsflow.localrun.samples.PostResult;
import io.newsflow.localrun.samples.SamplePoster;
import io.newsflow.localrun.samples.SampleProgress;
import io.newsflow.localrun.services.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./run-local}: a Kafka broker, ingest-service and enrich-service on this machine, each in its own
 * JVM; the samples posted; every enriched event printed as it arrives. Whatever ends the run (Ctrl-C, a
 * failure, the last sample) stops every JVM it started.
 */
public final class LocalRun {
    static final String SAMPLE_SOURCE_ID = "samples";
    static final String INGEST_PROFILE = "local";
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** How long {@code watch} waits for a broker: one that runs answers at once. */
    static final Duration WATCH_BROKER_PATIENCE = Duration.ofSeconds(15);

    /**
     * The collector trends-service runs with everywhere (its image, k8s/, here; ADR 0031): the parallel one, which in
     * TrendsLagBenchmark took about a fifth less CPU per article than the default G1 on two cores (median 9.7
     * against 11.8 ms).
     */
    static final List<String> TRENDS_JVM_OPTIONS = List.of("-XX:+UseParallelGC");

    private final LocalRunOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final List<AutoCloseable> toCloseOnExit = new ArrayList<>();
    /** Set by the shutdown hook: failures the shutdown itself causes are not worth reporting. */
    private volatile boolean stopping;

    LocalRun(LocalRunOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (args.length > 0 && "fault-run".equals(args[0])) {
            System.exit(FaultRun.main(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "load-run".equals(args[0])) {
            System.exit(LoadRun.main(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        LocalRunOptions options;
        try {
            options = LocalRunOptions.parse(args);
        } catch (InvalidOptionsException e) {
            System.err.println(e.getMessage() + " Run with --help to list the options.");
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help()) {
            System.out.print(LocalRunOptions.usage());
            return;
        }
        LocalRun localRun = new LocalRun(options, System.out, System.err);
        System.exit(options.watch() ? localRun.watchUntilInterrupted() : localRun.runUntilDone());
    }

    /** Runs, and in every case stops what it started; returns the process exit code. */
    int runUntilDone() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "local-run-shutdown"));
        try {
            return run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILED;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            if (!stopping) {
                err.println();
                err.println("local-run failed: " + e.getMessage());
            }
            return EXIT_FAILED;
        } catch (IOException | RuntimeException e) {
            if (!stopping) {
                err.println();
                err.println("local-run failed unexpectedly:");
                e.printStackTrace(err);
            }
            return EXIT_FAILED;
        } finally {
            closeAll();
        }
    }

    /**
     * {@code ./run-local watch}: every enriched event and dead letter on the broker at {@code --kafka-port}, from the
     * beginning, printed as a run prints them, until Ctrl-C (or an interrupt) ends it. Starts nothing.
     */
    int watchUntilInterrupted() {
        String bootstrapServers = "127.0.0.1:" + options.kafkaPort();
        EnrichedEventPrinter printer = new EnrichedEventPrinter(out, options.json());
        OutputTopicsWatcher watcher;
        try {
            watcher = new OutputTopicsWatcher(bootstrapServers, true, WATCH_BROKER_PATIENCE, err, printer::print,
                    printer::printDeadLetter);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            err.println("No Kafka broker answered on " + bootstrapServers + " within "
                    + WATCH_BROKER_PATIENCE.toSeconds() + " s. Start one with ./run-local in another terminal, or "
                    + "name the port of a running one with " + LocalRunOptions.KAFKA_PORT + ".");
            return EXIT_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(watcher), "local-run-watch-shutdown"));
        for (String missing : watcher.missingTopics()) {
            err.println("The broker on " + bootstrapServers + " has no topic " + missing + " yet; ./run-local "
                    + "creates it. Watch again once it runs.");
        }
        out.println("Watching " + NewsflowTopics.ENRICHED_ARTICLES + " and " + NewsflowTopics.DEAD_LETTER + " on "
                + bootstrapServers + " from the beginning (committed records only). Ctrl-C stops.");
        out.println();
        watcher.start();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(watcher);
        }
        return EXIT_OK;
    }

    private void closeQuietly(OutputTopicsWatcher watcher) {
        try {
            watcher.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ctrl-C, SIGTERM, or System.exit after the run: the last chance to stop the child JVMs. */
    private void stopOnSignal() {
        stopping = true;
        if (hasSomethingToClose()) {
            out.println();
            out.println("Stopping every JVM this run started...");
            closeAll();
            out.println("Stopped.");
        }
    }

    private int run() throws IOException, InterruptedException {
        RunPaths paths = RunPaths.resolve(options, RepoLayout.locate(), Path.of(System.getProperty("user.home")));
        ChildProcesses children = claimDataDir(paths.dataDir());
        out.println("Data directory: " + paths.dataDir());

        long started = System.nanoTime();
        LocalKafkaBroker broker = new LocalKafkaBroker(new KafkaServerProperties("127.0.0.1", options.kafkaPort(),
                options.controllerPort(), paths.dataDir().resolve("kafka").resolve("storage")),
                paths.dataDir().resolve("kafka"), LocalKafkaBroker.classpathOfThisJvm(), children);
        List<ChildProcess> running = new ArrayList<>(List.of(broker.start(options.timeout())));
        TopicSetup topics = new TopicSetup(broker.bootstrapServers());
        topics.createTopics(options.timeout());
        out.printf(Locale.ROOT, "Kafka broker ready on %s in %.1f s (log: %s)%n",
                broker.bootstrapServers(), seconds(started), broker.brokerLog());

        started = System.nanoTime();
        // ingest-service's development profile: the push API takes articles without an API key, which is safe
        // here because every service listens on 127.0.0.1 only
        boolean classDataSharing = !options.noClassDataSharing();
        ServiceProcess ingest = new ServiceProcess("ingest-service", paths.ingestJar(), options.ingestPort(),
                paths.dataDir().resolve("ingest-service.log"), List.of("--spring.profiles.active=" + INGEST_PROFILE),
                classDataSharing);
        ServiceProcess enrich = new ServiceProcess("enrich-service", paths.enrichJar(), options.enrichPort(),
                paths.dataDir().resolve("enrich-service.log"), List.of(), classDataSharing);
        ServiceProcess trends = new ServiceProcess("trends-service", paths.trendsJar(), options.trendsPort(),
                paths.dataDir().resolve("trends-service.log"), trendsArguments(paths.dataDir()), classDataSharing)
                .withJvmOptions(TRENDS_JVM_OPTIONS);
        List<ServiceProcess> services = List.of(ingest, enrich, trends);
        ServiceProcess.prepareFastStarts(services, broker.bootstrapServers(), children, options.timeout(), out);
        started = System.nanoTime();
        // started together, then awaited: they do not depend on each other, only on the broker
        for (ServiceProcess service : services) {
            out.println("Starting " + service.name() + " on " + service.baseUri() + " (log: " + service.logFile() + ")");
            running.add(service.start(broker.bootstrapServers(), children));
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(options.timeout());
        }
        out.printf(Locale.ROOT, "All %d services are UP after %.1f s.%n", services.size(), seconds(started));
        printHowToUse(broker, topics.partitionCounts(options.timeout()), ingest, trends, paths.samplesDir());

        SampleProgress progress = new SampleProgress();
        watchOutputTopics(broker.bootstrapServers(), progress);
        postSamples(paths.samplesDir(), new SamplePoster(ingest.baseUri(), SAMPLE_SOURCE_ID), progress);
        out.println("The samples appear on the dashboard as they are enriched: " + dashboardUrl(trends));
        out.println();
        CompletableFuture<ChildProcess> anyExit = CompletableFuture.anyOf(
                        running.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new))
                .thenApply(ChildProcess.class::cast);
        return options.exitAfterSamples()
                ? awaitSamples(progress, anyExit, List.of(ingest.logFile(), enrich.logFile()))
                : exitedUnexpectedly(anyExit.join());
    }

    /**
     * trends-service keeps its Kafka Streams state beside the broker's data (so a new run starts from the empty
     * broker's state, not a stale one from {@code /tmp}), and tells other instances it is at 127.0.0.1.
     */
    static List<String> trendsArguments(Path dataDir) {
        return List.of("--spring.kafka.streams.state-dir=" + dataDir.resolve("trends-state"),
                "--newsflow.trends.advertised-host=127.0.0.1");
    }

    /** The page trends-service serves at its root. */
    static String dashboardUrl(ServiceProcess trends) {
        return trends.baseUri() + "/";
    }

    /**
     * Takes the data directory for this run: locks it, stops what a killed run left there, checks the ports
     * (after the leftovers, which may hold them) and empties the broker storage unless told to keep it.
     */
    private ChildProcesses claimDataDir(Path dataDir) throws IOException {
        closeOnExit(DataDirLock.acquire(dataDir));
        List<ProcessHandle> leftovers = ChildProcesses.stopLeftovers(dataDir);
        if (!leftovers.isEmpty()) {
            out.println("Stopped " + leftovers.size() + " JVM(s) left running by an earlier run that was killed: pid "
                    + leftovers.stream().map(leftover -> String.valueOf(leftover.pid())).toList());
        }
        Ports.requireFree(options.portsByOption());
        if (!options.keepData()) {
            deleteRecursively(dataDir.resolve("kafka").resolve("storage"));
            // state built from the topics just deleted would count articles the new broker never had
            deleteRecursively(dataDir.resolve("trends-state"));
        }
        ChildProcesses children = new ChildProcesses(dataDir);
        closeOnExit(children::stopAll);
        return children;
    }

    /** From the current end of both topics, so that the consumer sees every sample posted after this. */
    private void watchOutputTopics(String bootstrapServers, SampleProgress progress) {
        EnrichedEventPrinter printer = new EnrichedEventPrinter(out, options.json());
        OutputTopicsWatcher watcher = new OutputTopicsWatcher(bootstrapServers, err,
                (event, value) -> {
                    printer.print(event, value);
                    progress.enriched(event.id());
                },
                (articleId, reason) -> {
                    printer.printDeadLetter(articleId, reason);
                    progress.deadLettered(articleId, reason);
                });
        closeOnExit(watcher);
        watcher.start();
    }

    private void postSamples(Optional<Path> samplesDir, SamplePoster poster, SampleProgress progress)
            throws IOException, InterruptedException {
        List<Path> samples = samplesDir.isPresent() ? SamplePoster.samplesIn(samplesDir.get()) : List.of();
        if (samples.isEmpty()) {
            out.println("No samples to post" + samplesDir.map(dir -> " in " + dir).orElse("") + ".");
            return;
        }
        out.println("Posting " + samples.size() + " sample(s) from " + samplesDir.get() + " as source '"
                + SAMPLE_SOURCE_ID + "':");
        for (Path sample : samples) {
            for (PostResult result : poster.post(sample)) {
                progress.posted(result);
                out.println(result.isAccepted()
                        ? "  posted   " + result.sample() + " -> " + result.articleId() + " (" + result.detail() + ")"
                        : "  REJECTED " + result.sample() + ": " + result.detail());
            }
        }
        out.println();
    }

    private int awaitSamples(SampleProgress progress, CompletableFuture<ChildProcess> anyExit, List<Path> serviceLogs)
            throws InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (true) {
            if (!progress.failures().isEmpty()) {
                err.println("Not every sample came out enriched:");
                progress.failures().forEach(failure -> err.println("  " + failure));
                return EXIT_FAILED;
            }
            if (progress.isComplete()) {
                out.println("All " + progress.expectedCount() + " sample(s) came out enriched.");
                return EXIT_OK;
            }
            if (anyExit.isDone()) {
                return exitedUnexpectedly(anyExit.join());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                err.println("After " + options.timeout().toSeconds() + " s these samples have not come out of "
                        + NewsflowTopics.ENRICHED_ARTICLES + ": " + progress.missing() + ". See "
                        + serviceLogs.stream().map(Path::toString).collect(Collectors.joining(" and "))
                        + ", or allow more time with --timeout.");
                return EXIT_FAILED;
            }
            progress.awaitChange(Math.min(250, Math.max(1, remaining / 1_000_000)));
        }
    }

    private int exitedUnexpectedly(ChildProcess child) {
        if (stopping) {
            return EXIT_FAILED;
        }
        err.println(child.name() + " exited unexpectedly with code " + child.exitCode().orElse(-1) + ". See "
                + child.logFile() + "; its last lines:" + System.lineSeparator() + child.tailOfLog(20));
        return EXIT_FAILED;
    }

    private void printHowToUse(LocalKafkaBroker broker, Map<String, Integer> partitionCounts, ServiceProcess ingest,
                               ServiceProcess trends, Optional<Path> samplesDir) {
        String articles = ingest.baseUri() + "/api/v1/articles";
        String example = samplesDir.map(dir -> dir.resolve("central-bank-rates.txt"))
                .filter(Files::isRegularFile)
                .map(Path::toString)
                .orElse("article.txt");
        out.println();
        out.println("newsflow is running.");
        out.println("  Ingest API      POST " + articles + "?source=<source id>   (202 {id, version, topic, partition, offset}; 200 duplicate)");
        out.println("                  POST " + articles + "/batch?source=<source id>   (application/x-ndjson)");
        out.println("                  no API key needed (profile '" + INGEST_PROFILE + "'); reachable from this machine only");
        out.println("  Try it          curl -H 'Content-Type: text/plain' --data-binary @" + example
                + " '" + articles + "?source=" + SAMPLE_SOURCE_ID + "'");
        out.println("  Dashboard       " + dashboardUrl(trends) + "   (live articles, trends, stories, map; API under "
                + trends.baseUri() + "/api/v1, described by " + trends.baseUri() + "/openapi.yaml)");
        out.println("  Topics          " + partitionCounts.entrySet().stream()
                .map(topic -> topic.getKey() + " (" + topic.getValue() + " partitions)")
                .collect(Collectors.joining(", ")));
        out.println("  Watch enriched  ./run-local watch --kafka-port " + options.kafkaPort()
                + "   (in another terminal: every enriched event so far and to come; --json for whole events)");
        out.println("                  or kcat -b " + broker.bootstrapServers() + " -t " + NewsflowTopics.ENRICHED_ARTICLES
                + " -C -f '%k\\n%h\\n%s\\n\\n'   (kcat: apt-get install kcat, or brew install kcat)");
        out.println();
        out.println("Enriched events (" + NewsflowTopics.ENRICHED_ARTICLES + ") and dead letters ("
                + NewsflowTopics.DEAD_LETTER + ") are printed below as they arrive.");
        out.println(options.exitAfterSamples()
                ? "The run ends once every sample has come out enriched, or after " + options.timeout().toSeconds() + " s."
                : "Ctrl-C stops everything.");
        out.println();
    }

    private synchronized boolean hasSomethingToClose() {
        return !toCloseOnExit.isEmpty();
    }

    private synchronized void closeOnExit(AutoCloseable closeable) {
        toCloseOnExit.add(closeable);
    }

    /** Runs on normal exit and from the shutdown hook (Ctrl-C, SIGTERM); whichever comes second finds nothing left. */
    private synchronized void closeAll() {
        while (!toCloseOnExit.isEmpty()) {
            try {
                toCloseOnExit.remove(toCloseOnExit.size() - 1).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
