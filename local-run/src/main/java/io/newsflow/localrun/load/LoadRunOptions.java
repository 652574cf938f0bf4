package io.newsflow.localrun.load;

import io.newsflow.localrun.InvalidOptionsException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Options of {@code load-run}.
 *
 * @param articles     distinct articles pushed in the first (or only) phase
 * @param halfArticles distinct articles pushed in the half-rate phase
 * @param baselineArticles how many of the first phase's articles the offline baseline enriches
 * @param rate         a fixed rate (articles/s) for a single phase; empty: a phase at the maximum rate, then one
 *                     at half the end-to-end throughput the first one measured
 * @param pushers      HTTP requests in flight at once
 * @param portBase     Kafka on this port, its controller on +1, ingest-service on +2, enrich-service on +3
 * @param dataDir      broker storage, logs and the baseline's files; emptied at the start
 * @param timeout      longest wait for a component to start, and for the next enriched record of a phase
 * @param sampleEvery  how often consumer lag and progress are sampled and printed
 * @param baseline     whether to measure the offline {@code enrich} command on the same articles first
 * @param maxBacklog   the maximum-rate phase's closed loop: most articles acknowledged but not yet enriched before
 *                     the next push (besides the requests in flight); 0: open loop, push as fast as ingest answers
 * @param warmupArticles completions left out at the start of the baseline and of the compared phase alike
 *                     (JIT warm-up), at most a quarter of the articles measured ({@link #warmup()})
 */
public record LoadRunOptions(int articles, int halfArticles, int baselineArticles, OptionalInt rate, int pushers, int portBase, Path dataDir,
                             Duration timeout, Duration sampleEvery, boolean baseline, int maxBacklog,
                             int warmupArticles) {

    /**
     * Four of enrich-service's poll batches ({@code max-poll-records} 50, one transaction each): a full batch is
     * always waiting while one is enriched and another committed and read back by the counting consumer, so
     * enrichment never idles for want of work; and at ~100 articles/s it is only ~2 s of queue, so ingest and the
     * broker take articles no faster than they are enriched.
     */
    static final int DEFAULT_MAX_BACKLOG = 200;
    /** About where one enrich thread's time per article levels off on a fresh JVM (docs/benchmarks.md). */
    static final int DEFAULT_WARMUP_ARTICLES = 500;

    static final String USAGE = """
            Usage: java -jar newsflow-local-run-<version>.jar load-run [options]
              Measures the offline enrich command on the articles first (one thread, as enrich-service's default
              concurrency), then starts a Kafka broker, ingest-service and enrich-service as their own JVMs and pushes
              distinct generated wire stories (about 300 words each) over HTTP: one phase at the maximum rate,
              then one at half the end-to-end throughput measured (or one phase at --rate). At the maximum rate
              the pusher is closed-loop: it waits while --max-backlog articles are acknowledged but not yet
              enriched, so that rate is what the whole pipeline completes. A read_committed consumer counts the
              enriched topic. Measures the offline command once more when the services have stopped, and
              reports sustained throughput against the mean of the two baselines (warm-up left out of all),
              and over the second half of each run (steady state), CPU time per article and load averages, end-to-end latency percentiles from the events'
              timestamps, consumer lag over time, loss and duplicates; exits 1 unless every article is
              acknowledged and enriched exactly once.
              --articles N        distinct articles of the first (or only) phase (default 20000)
              --half-articles N   distinct articles of the half-rate phase (default: --articles)
              --baseline-articles N  the first N of the first phase's articles for the baseline (default: --articles)
              --rate N            one phase at N articles/s instead of maximum-then-half
              --pushers N         HTTP requests in flight at once (default 8)
              --max-backlog N     maximum-rate phase: at most N articles acknowledged but not yet enriched before
                                  the next push, besides the requests in flight (default 200; 0: open loop)
              --open-loop         maximum-rate phase as fast as ingest answers, backlog unbounded (--max-backlog 0)
              --warmup-articles N leave the first N completions out of the throughput of the baseline and of the
                                  pipeline alike, at most a quarter of the articles (default 500)
              --port-base P       Kafka P, controller P+1, ingest P+2, enrich P+3 (default 9492)
              --data-dir DIR      storage, logs and the baseline's files, emptied first (default ./target/load-run)
              --timeout SEC       longest wait for a component to start or for the next enriched record (default 180)
              --sample-every SEC  how often lag and progress are sampled and printed (default 5)
              --no-baseline       skip the offline enrich measurement
            """;

    static LoadRunOptions parse(String[] args) throws InvalidOptionsException {
        int articles = 20_000;
        int halfArticles = 0;
        int baselineArticles = 0;
        OptionalInt rate = OptionalInt.empty();
        int pushers = 8;
        int portBase = 9492;
        Path dataDir = Path.of("target", "load-run");
        Duration timeout = Duration.ofSeconds(180);
        Duration sampleEvery = Duration.ofSeconds(5);
        boolean baseline = true;
        int maxBacklog = DEFAULT_MAX_BACKLOG;
        int warmupArticles = DEFAULT_WARMUP_ARTICLES;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--no-baseline".equals(option)) {
                baseline = false;
                continue;
            }
            if ("--open-loop".equals(option)) {
                maxBacklog = 0;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new InvalidOptionsException(option + " needs a value.");
            }
            String value = args[++i];
            switch (option) {
                case "--articles" -> articles = positive(option, value);
                case "--half-articles" -> halfArticles = positive(option, value);
                case "--baseline-articles" -> baselineArticles = positive(option, value);
                case "--rate" -> rate = OptionalInt.of(positive(option, value));
                case "--pushers" -> pushers = positive(option, value);
                case "--max-backlog" -> maxBacklog = notNegative(option, value);
                case "--warmup-articles" -> warmupArticles = notNegative(option, value);
                case "--port-base" -> portBase = positive(option, value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--timeout" -> timeout = Duration.ofSeconds(positive(option, value));
                case "--sample-every" -> sampleEvery = Duration.ofSeconds(positive(option, value));
                default -> throw new InvalidOptionsException("Unknown load-run option " + option + ".");
            }
        }
        if (portBase > 65_535 - 3) {
            throw new InvalidOptionsException("--port-base must leave room for four ports below 65536, not " + portBase + ".");
        }
        if (baselineArticles > articles) {
            throw new InvalidOptionsException("--baseline-articles takes some of the first phase's articles: at most "
                    + articles + ", not " + baselineArticles + ".");
        }
        return new LoadRunOptions(articles, halfArticles > 0 ? halfArticles : articles,
                baselineArticles > 0 ? baselineArticles : articles, rate, pushers, portBase, dataDir.toAbsolutePath().normalize(), timeout,
                sampleEvery, baseline, maxBacklog, warmupArticles);
    }

    /** The maximum-rate phase pushes as fast as ingest answers, whatever the backlog. */
    public boolean openLoop() {
        return maxBacklog == 0;
    }

    /**
     * Completions left out at the start of the baseline and of the compared phase: {@code warmupArticles}, but at
     * most a quarter of the fewest articles either measures, so a short run (CI's 300) still measures most of them.
     */
    public int warmup() {
        int measured = baseline ? Math.min(articles, baselineArticles) : articles;
        return Math.min(warmupArticles, measured / 4);
    }

    private static int notNegative(String option, String value) throws InvalidOptionsException {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidOptionsException(option + " must be 0 or a positive whole number, not '" + value + "'.");
    }

    private static int positive(String option, String value) throws InvalidOptionsException {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidOptionsException(option + " must be a positive whole number, not '" + value + "'.");
    }
}
