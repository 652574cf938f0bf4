package io.newsflow.localrun.load;

import io.newsflow.localrun.fault.ArticlePusher;
import io.newsflow.localrun.fault.EnrichedCounter;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One phase of a load run: pushes its articles (at the maximum rate, closed-loop on the backlog of acknowledged
 * but not yet enriched articles unless {@code --open-loop}; or at a fixed rate),
 * resends what got no 202 as a client would, waits until every acknowledged article is on the enriched topic
 * (or nothing new arrives for the timeout), sampling lag and printing progress all along.
 */
final class LoadPhase {
    private static final int RESEND_ROUNDS = 5;
    /** After the last expected record: time for a late duplicate to show up. */
    private static final Duration DUPLICATE_WATCH = Duration.ofSeconds(5);

    /** What every phase shares; the processes are sampled for their CPU time. */
    record Context(URI ingestBase, EnrichedCounter counter, ConsumerLagProbe lag, LoadRunOptions options,
                   PrintStream out, ProcessHandle broker, ProcessHandle ingest, ProcessHandle enrich) {
    }

    /** Often enough to place the warm-up's end within a second at ~100 articles/s; a read of /proc each. */
    private static final long CPU_SAMPLE_MS = 500;

    private final String name;
    private final WireArticles articles;
    private final int count;
    private final OptionalInt rate;
    private final int warmup;

    /**
     * @param rate   articles per second; empty: the maximum rate ({@code --max-backlog}, {@code --pushers})
     * @param warmup completions left out at the start of the phase's throughput and CPU per article
     */
    LoadPhase(String name, WireArticles articles, int count, OptionalInt rate, int warmup) {
        this.name = name;
        this.articles = articles;
        this.count = count;
        this.rate = rate;
        this.warmup = warmup;
    }

    PhaseResult run(Context context) throws InterruptedException {
        LoadRunOptions options = context.options();
        ArticlePusher pusher = new ArticlePusher(context.ingestBase(), LoadRun.SOURCE, "application/json",
                articles::json);
        String keyPrefix = LoadRun.SOURCE + ":" + articles.idPrefix();
        // phases run one after the other, each after the one before is enriched: what the counter sees from
        // here on is this phase's (a cheap count, read before every closed-loop push)
        int enrichedBefore = context.counter().distinct();
        IntSupplier enrichedInPhase = () -> context.counter().distinct() - enrichedBefore;
        BacklogGate gate = new BacklogGate(rate.isPresent() ? 0 : options.maxBacklog(), pusher::ackedCount,
                enrichedInPhase, options.timeout());
        String mode = rate.isPresent() ? "fixed rate"
                : gate.isOpenLoop() ? "open loop" : "closed loop, backlog <= " + gate.maxBacklog();
        String loadAtStart = LoadAverage.now();
        Optional<IngestTransactions> transactionsAtStart = IngestTransactions.read(context.ingestBase());
        context.out().printf(Locale.ROOT, "Phase %s: pushing %d articles %s (%s) with %d requests in flight; "
                        + "load average %s%n", name, count,
                rate.isPresent() ? "at " + rate.getAsInt() + "/s" : "at the maximum rate", mode, options.pushers(),
                loadAtStart);

        long startedNanos = System.nanoTime();
        LagSeries series = new LagSeries();
        ProcessCpu cpu = new ProcessCpu();
        // two threads: a lag probe waiting for the broker must not delay the CPU samples
        ScheduledExecutorService sampler = Executors.newScheduledThreadPool(2);
        sampler.scheduleAtFixedRate(() -> sample(context, pusher, keyPrefix, startedNanos, series),
                options.sampleEvery().toMillis(), options.sampleEvery().toMillis(), TimeUnit.MILLISECONDS);
        sampler.scheduleAtFixedRate(() -> cpu.sample(enrichedInPhase.getAsInt(), context), 0, CPU_SAMPLE_MS,
                TimeUnit.MILLISECONDS);
        ExecutorService pushing = Executors.newFixedThreadPool(options.pushers());
        Duration pushTime;
        int resent;
        try {
            push(pusher, pushing, options.pushers(), gate);
            pushTime = Duration.ofNanos(System.nanoTime() - startedNanos);
            resent = resendUnacknowledged(pusher, pushing, options.pushers(), gate, context.out());
            awaitEnriched(context, pusher);
        } finally {
            pushing.shutdownNow();
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
        sample(context, pusher, keyPrefix, startedNanos, series);
        String loadAtEnd = LoadAverage.now();
        String ingestTransactions = transactionsAtStart.flatMap(start -> IngestTransactions.read(context.ingestBase())
                .map(end -> end.since(start))).orElse("ingest transactions not readable");

        List<EnrichedCounter.Arrival> arrivals = context.counter().arrivals().stream()
                .filter(arrival -> arrival.key().startsWith(keyPrefix)).toList();
        Map<String, Integer> copies = new HashMap<>();
        arrivals.forEach(arrival -> copies.merge(arrival.key(), 1, Integer::sum));
        Set<String> acked = Set.copyOf(pusher.acked().values());
        int lost = (int) acked.stream().filter(id -> !copies.containsKey(id)).count();
        return new PhaseResult(name, rate, mode, gate.waited(), count, acked.size(), resent, pushTime, copies.size(),
                arrivals.size(), lost, warmup,
                Throughput.sustained(arrivals.stream().map(EnrichedCounter.Arrival::seenAtMs).toList(), warmup),
                Throughput.secondHalf(arrivals.stream().map(EnrichedCounter.Arrival::seenAtMs).toList()),
                cpu.enrich.millisPerArticle(warmup), cpu.ingest.millisPerArticle(warmup),
                cpu.broker.millisPerArticle(warmup), loadAtStart, loadAtEnd,
                Percentiles.of(arrivals.stream().map(EnrichedCounter.Arrival::eventLatencyMs).toList()),
                Percentiles.of(arrivals.stream().map(EnrichedCounter.Arrival::visibleLatencyMs).toList()), series,
                ingestTransactions);
    }

    private void push(ArticlePusher pusher, ExecutorService pushing, int pushers, BacklogGate gate)
            throws InterruptedException {
        if (rate.isEmpty()) {
            pushAll(pusher, pushing, pushers, IntStream.range(0, count).boxed().toList(), gate);
            return;
        }
        List<Future<Boolean>> pushes = new ArrayList<>(count);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate.getAsInt();
        long next = System.nanoTime();
        for (int number = 0; number < count; number++) {
            int article = number;
            pushes.add(pushing.submit(() -> pusher.push(article)));
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        pushes.forEach(LoadRun::await);
    }

    /**
     * Open loop: every push handed to the pool at once, so {@code --pushers} requests are always in flight. Closed
     * loop: a push starts only when the gate has room and one of the {@code --pushers} requests is free, so the
     * pusher follows the rate at which the pipeline completes.
     */
    private void pushAll(ArticlePusher pusher, ExecutorService pushing, int pushers, List<Integer> numbers,
                         BacklogGate gate) throws InterruptedException {
        List<Future<Boolean>> pushes = new ArrayList<>(numbers.size());
        Semaphore requests = new Semaphore(pushers);
        for (int number : numbers) {
            if (!gate.isOpenLoop()) {
                gate.awaitRoom();
                requests.acquire();
            }
            pushes.add(pushing.submit(() -> {
                try {
                    return pusher.push(number);
                } finally {
                    requests.release();
                }
            }));
        }
        pushes.forEach(LoadRun::await);
    }

    /** @return how many resends it took */
    private int resendUnacknowledged(ArticlePusher pusher, ExecutorService pushing, int pushers, BacklogGate gate,
                                     PrintStream out) throws InterruptedException {
        int resent = 0;
        for (int round = 1; round <= RESEND_ROUNDS; round++) {
            List<Integer> unacknowledged = IntStream.range(0, count).filter(number -> !pusher.isAcked(number))
                    .boxed().toList();
            if (unacknowledged.isEmpty()) {
                return resent;
            }
            out.printf("  resending %d articles without a 202 (round %d)%n", unacknowledged.size(), round);
            resent += unacknowledged.size();
            // a fixed-rate phase resends at once, as before; a closed-loop one through its gate
            pushAll(pusher, pushing, pushers, unacknowledged, gate);
            TimeUnit.SECONDS.sleep(2);
        }
        return resent;
    }

    /** CPU time of the pipeline's three JVMs against the articles of the phase enriched so far. */
    private static final class ProcessCpu {
        private final CpuPerArticle enrich = new CpuPerArticle();
        private final CpuPerArticle ingest = new CpuPerArticle();
        private final CpuPerArticle broker = new CpuPerArticle();

        void sample(int enriched, Context context) {
            enrich.sample(enriched, context.enrich());
            ingest.sample(enriched, context.ingest());
            broker.sample(enriched, context.broker());
        }
    }

    /** Until every acknowledged article is enriched, or nothing new arrived for the timeout; then a little more. */
    private void awaitEnriched(Context context, ArticlePusher pusher) throws InterruptedException {
        List<String> acked = List.copyOf(pusher.acked().values());
        Instant waitingSince = Instant.now();
        int checked = 0;
        while (checked < acked.size()) {
            // ids are enriched roughly in the order they were acknowledged: resume where the last check stopped
            while (checked < acked.size() && context.counter().hasSeen(acked.get(checked))) {
                checked++;
            }
            if (checked == acked.size()) {
                break;
            }
            Instant last = context.counter().lastArrival().isAfter(waitingSince)
                    ? context.counter().lastArrival() : waitingSince;
            if (Duration.between(last, Instant.now()).compareTo(context.options().timeout()) > 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        TimeUnit.MILLISECONDS.sleep(DUPLICATE_WATCH.toMillis());
    }

    private void sample(Context context, ArticlePusher pusher, String keyPrefix, long startedNanos, LagSeries series) {
        try {
            long lag = context.lag().lag();
            int enriched = (int) context.counter().arrivals().stream().map(EnrichedCounter.Arrival::key)
                    .filter(key -> key.startsWith(keyPrefix)).collect(Collectors.toSet()).size();
            LagSample sample = new LagSample(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos),
                    pusher.ackedCount(), enriched, lag);
            series.add(sample);
            context.out().printf(Locale.ROOT, "  %s %5.0f s: acked %d, enriched %d, consumer lag %s, in flight %d%n",
                    name, sample.elapsedMs() / 1000.0, sample.acked(), sample.enriched(),
                    lag < 0 ? "?" : Long.toString(lag), sample.inFlight());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            context.out().println("  " + name + ": sampling failed: " + e);
        }
    }
}
