package io.newsflow.localrun.fault;

import io.newsflow.localrun.InvalidOptionsException;
import io.newsflow.localrun.RepoLayout;
import io.newsflow.localrun.kafka.KafkaServerProperties;
import io.newsflow.localrun.kafka.LocalKafkaBroker;
import io.newsflow.localrun.kafka.TopicSetup;
import io.newsflow.localrun.load.Percentiles;
import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import io.newsflow.localrun.services.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code fault-run}: proves that an acknowledged article is enriched exactly once while every component is
 * killed and restarted. The broker, ingest-service and enrich-service run as their own JVMs; articles are
 * pushed at a fixed rate; at 20 %, 45 % and 70 % of the pushes the broker, then enrich-service, then
 * ingest-service get SIGKILL and are started again, each once the one before works again (new articles are
 * pushed as probes while a component recovers). Whatever got no answer or an answer other than 202 (or 200 duplicate) is resent
 * afterwards, as a client following the API would. Prints {@code acked=… enriched_distinct=… enriched_total=…},
 * how long each component took to work again after its restart, and end-to-end latency percentiles; exit
 * code 0 only when the three counts are equal.
 */
public final class FaultRun {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    private static final int PUSHERS = 8;
    private static final int RESEND_ROUNDS = 10;
    private static final long PROBE_INTERVAL_MILLIS = 500;
    private static final long RECOVERY_CHECK_MILLIS = 100;

    private final FaultRunOptions options;
    private final PrintStream out;
    /** Numbers of the extra articles pushed to probe recovery; they count like any other. */
    private final AtomicInteger probes;

    FaultRun(FaultRunOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.probes = new AtomicInteger(options.articles());
    }

    /** @param args the options after {@code fault-run} */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && "--help".equals(args[0])) {
            out.print(FaultRunOptions.USAGE);
            return EXIT_OK;
        }
        FaultRunOptions options;
        try {
            options = FaultRunOptions.parse(args);
        } catch (InvalidOptionsException e) {
            err.println(e.getMessage() + System.lineSeparator() + FaultRunOptions.USAGE);
            return EXIT_USAGE;
        }
        try {
            return new FaultRun(options, out).run();
        } catch (IOException | IllegalStateException e) {
            err.println("fault-run failed: " + e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILED;
        }
    }

    int run() throws IOException, InterruptedException {
        RepoLayout repo = RepoLayout.locate().orElseThrow(() -> new IllegalStateException(
                "fault-run must be started inside the newsflow checkout (it runs the services' jars from it)"));
        emptyDataDir();
        ChildProcesses children = new ChildProcesses(options.dataDir());
        Runtime.getRuntime().addShutdownHook(new Thread(children::stopAll, "fault-run-shutdown"));
        try {
            return runWith(children, repo);
        } finally {
            children.stopAll();
        }
    }

    private int runWith(ChildProcesses children, RepoLayout repo) throws IOException, InterruptedException {
        int base = options.portBase();
        LocalKafkaBroker broker = new LocalKafkaBroker(new KafkaServerProperties("127.0.0.1", base, base + 1,
                options.dataDir().resolve("kafka").resolve("storage")), options.dataDir().resolve("kafka"),
                LocalKafkaBroker.classpathOfThisJvm(), children);
        ChildProcess brokerProcess = broker.start(options.timeout());
        new TopicSetup(broker.bootstrapServers()).createTopics(options.timeout());
        ServiceProcess ingest = ingest(repo, 1);
        ServiceProcess enrich = enrich(repo, 1);
        ServiceProcess.prepareFastStarts(List.of(ingest, enrich), broker.bootstrapServers(), children,
                options.timeout(), out);
        ChildProcess ingestProcess = ingest.start(broker.bootstrapServers(), children);
        ChildProcess enrichProcess = enrich.start(broker.bootstrapServers(), children);
        ingest.awaitHealthy(options.timeout());
        enrich.awaitHealthy(options.timeout());
        out.printf("Broker, ingest-service and enrich-service up; pushing %d articles at %d/s (logs in %s)%n",
                options.articles(), options.rate(), options.dataDir());

        ArticlePusher pusher = new ArticlePusher(ingest.baseUri(), UUID.randomUUID().toString());
        EnrichedCounter counter = new EnrichedCounter(broker.bootstrapServers(), ArticlePusher.SOURCE + ":");
        Thread counting = new Thread(counter, "fault-run-counter");
        counting.start();
        AtomicInteger pushed = new AtomicInteger();
        List<String> recoveries = new ArrayList<>();
        ServiceProcess restartedIngest = ingest(repo, 2);
        // the faults, in turn, each once the previous component works again; pushing never waits for them
        List<Fault> faults = List.of(
                new Fault("kafka-broker", brokerProcess, () -> broker.start(options.timeout()),
                        options.articles() * 20 / 100, Working.ACKS_AND_ENRICHED),
                new Fault("enrich-service", enrichProcess,
                        () -> enrich(repo, 2).start(broker.bootstrapServers(), children),
                        options.articles() * 45 / 100, Working.ENRICHED),
                new Fault("ingest-service", ingestProcess,
                        () -> restartedIngest.start(broker.bootstrapServers(), children),
                        options.articles() * 70 / 100, Working.ACKS));
        Thread faulting = new Thread(() -> injectFaults(faults, pushed, pusher, counter, recoveries), "fault-run-faults");
        faulting.start();
        ExecutorService pushing = Executors.newFixedThreadPool(PUSHERS);
        try {
            List<Future<Boolean>> pushes = new ArrayList<>();
            long intervalNanos = TimeUnit.SECONDS.toNanos(1) / options.rate();
            long next = System.nanoTime();
            for (int number = 0; number < options.articles(); number++) {
                int article = number;
                pushes.add(pushing.submit(() -> pusher.push(article)));
                pushed.set(number + 1);
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else {
                    next = System.nanoTime();
                }
            }
            for (Future<Boolean> push : pushes) {
                await(push);
            }
            resendUnacknowledged(pusher, pushing, faulting);
            faulting.join(options.timeout().toMillis());
            awaitEnriched(pusher, counter);
        } finally {
            pushing.shutdownNow();
            faulting.interrupt();
            counter.close();
            counting.join(TimeUnit.SECONDS.toMillis(10));
        }
        return report(pusher, counter, recoveries);
    }

    private ServiceProcess ingest(RepoLayout repo, int start) throws IOException {
        return new ServiceProcess("ingest-service", repo.ingestJar(), options.portBase() + 2,
                options.dataDir().resolve("ingest-service-" + start + ".log"), List.of("--spring.profiles.active=local"),
                options.classDataSharing());
    }

    private ServiceProcess enrich(RepoLayout repo, int start) throws IOException {
        return new ServiceProcess("enrich-service", repo.enrichJar(), options.portBase() + 3,
                options.dataDir().resolve("enrich-service-" + start + ".log"),
                List.of("--newsflow.enrich.instance-id=fault-run"), options.classDataSharing());
    }

    private interface Restart {
        ChildProcess start() throws IOException, InterruptedException;
    }

    /** What shows that a component works again: ingest acknowledges, enrich publishes, the broker both. */
    private enum Working {
        ACKS, ENRICHED, ACKS_AND_ENRICHED;

        boolean since(Instant restarted, ArticlePusher pusher, EnrichedCounter counter) {
            boolean acks = pusher.lastAck().filter(t -> t.isAfter(restarted)).isPresent();
            boolean enriched = counter.lastArrival().isAfter(restarted);
            return switch (this) {
                case ACKS -> acks;
                case ENRICHED -> enriched;
                case ACKS_AND_ENRICHED -> acks && enriched;
            };
        }
    }

    private record Fault(String name, ChildProcess process, Restart restart, int atArticle, Working working) {
    }

    private void injectFaults(List<Fault> faults, AtomicInteger pushed, ArticlePusher pusher, EnrichedCounter counter,
                              List<String> recoveries) {
        try {
            for (Fault fault : faults) {
                while (pushed.get() < fault.atArticle()) {
                    Thread.sleep(20);
                }
                out.printf("%s: SIGKILL to %s (pid %d) after %d pushes%n", Instant.now(), fault.name(),
                        fault.process().handle().pid(), pushed.get());
                fault.process().handle().destroyForcibly();
                fault.process().awaitExit(Duration.ofSeconds(10));
                TimeUnit.SECONDS.sleep(1);
                Instant restarted = Instant.now();
                out.printf("%s: restarting %s%n", restarted, fault.name());
                fault.restart().start();
                // the broker's start returns once it answers clients; the services' at once (they are probed below)
                out.printf(Locale.ROOT, "%s: %s process started%s after %.1f s%n", Instant.now(), fault.name(),
                        fault.working() == Working.ACKS_AND_ENRICHED ? " and answering" : "",
                        Duration.between(restarted, Instant.now()).toMillis() / 1000.0);
                long deadline = System.nanoTime() + options.timeout().toNanos();
                long nextProbe = System.nanoTime();
                while (!fault.working().since(restarted, pusher, counter) && System.nanoTime() < deadline) {
                    // a new article every half second, so there is work to show recovery even once pushing is
                    // over; recovery itself is looked for every 0.1 s, so the figure is not rounded up by 0.5 s
                    if (System.nanoTime() - nextProbe >= 0) {
                        pusher.push(probes.getAndIncrement());
                        nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_INTERVAL_MILLIS);
                    }
                    Thread.sleep(RECOVERY_CHECK_MILLIS);
                }
                String after = fault.working().since(restarted, pusher, counter)
                        ? String.format(Locale.ROOT, "%.1f s", Duration.between(restarted, Instant.now()).toMillis() / 1000.0)
                        : "not within " + options.timeout().toSeconds() + " s";
                String line = fault.name() + " working again " + after + " after its restart began";
                out.printf("%s: %s%n", Instant.now(), line);
                synchronized (recoveries) {
                    recoveries.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (recoveries) {
                recoveries.add("fault injection failed: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Resends what is not acknowledged yet (no 202, no 200 duplicate), every few seconds, while faults are still being injected and for a bounded
     * number of rounds after: a client following the API resends after a 503 or no answer.
     */
    private void resendUnacknowledged(ArticlePusher pusher, ExecutorService pushing, Thread faulting)
            throws InterruptedException {
        int roundsAfterFaults = 0;
        for (int round = 1; faulting.isAlive() || roundsAfterFaults++ < RESEND_ROUNDS; round++) {
            List<Future<Boolean>> resends = new ArrayList<>();
            for (int number = 0; number < options.articles(); number++) {
                if (!pusher.isAcked(number)) {
                    int article = number;
                    resends.add(pushing.submit(() -> pusher.push(article)));
                }
            }
            if (resends.isEmpty() && !faulting.isAlive()) {
                return;
            }
            if (!resends.isEmpty()) {
                out.printf("Resending %d articles not acknowledged yet (round %d)%n", resends.size(), round);
                resends.forEach(FaultRun::await);
            }
            TimeUnit.SECONDS.sleep(3);
        }
    }

    /** Until every acknowledged article is enriched, or nothing new arrived for the timeout. */
    private void awaitEnriched(ArticlePusher pusher, EnrichedCounter counter) throws InterruptedException {
        Map<Integer, String> acked = pusher.acked();
        Instant waitingSince = Instant.now();
        while (!acked.values().stream().allMatch(counter::hasSeen)) {
            Instant last = counter.lastArrival().isAfter(waitingSince) ? counter.lastArrival() : waitingSince;
            if (Duration.between(last, Instant.now()).compareTo(options.timeout()) > 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        // a late duplicate would arrive right after; give it the time of a few batches
        TimeUnit.SECONDS.sleep(5);
    }

    private int report(ArticlePusher pusher, EnrichedCounter counter, List<String> recoveries) {
        int acked = (int) pusher.acked().values().stream().distinct().count();
        int distinct = counter.distinct();
        int total = counter.total();
        synchronized (recoveries) {
            recoveries.forEach(line -> out.println("  " + line));
        }
        List<Long> latencies = counter.latenciesMs().stream().sorted(Comparator.naturalOrder()).toList();
        if (!latencies.isEmpty()) {
            out.printf("end-to-end latency (enriched record time - receivedAt): p50=%d ms p95=%d ms p99=%d ms max=%d ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
        out.printf("acked=%d enriched_distinct=%d enriched_total=%d%n", acked, distinct, total);
        boolean everyArticleAcked = IntStream.range(0, options.articles()).allMatch(pusher::isAcked);
        boolean exact = everyArticleAcked && acked == distinct && distinct == total;
        out.println(exact ? "PASS: every article acknowledged and enriched exactly once"
                : "FAIL: the counts differ (or not every article was acknowledged)");
        return exact ? EXIT_OK : EXIT_FAILED;
    }

    static long percentile(List<Long> sorted, int percent) {
        return Percentiles.of(sorted).at(percent);
    }

    private static void await(Future<Boolean> push) {
        try {
            push.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // a push that threw is not acknowledged: resent later
        }
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
}
