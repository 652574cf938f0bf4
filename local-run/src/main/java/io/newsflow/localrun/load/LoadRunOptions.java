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
 */
public record LoadRunOptions(int articles, int halfArticles, int baselineArticles, OptionalInt rate, int pushers, int portBase, Path dataDir,
                             Duration timeout, Duration sampleEvery, boolean baseline) {

    static final String USAGE = """
            Usage: java -jar newsflow-local-run-<version>.jar load-run [options]
              Measures the offline enrich command on the articles first (one thread, as enrich-service's default
              concurrency), then starts a Kafka broker, ingest-service and enrich-service as their own JVMs and pushes
              distinct generated wire stories (about 300 words each) over HTTP: one phase at the maximum rate,
              then one at half the end-to-end throughput measured (or one phase at --rate). A read_committed
              consumer counts the enriched topic. Reports sustained throughput against the offline baseline,
              end-to-end latency percentiles from the events' timestamps, consumer lag over time, loss and
              duplicates; exits 1 unless every article is acknowledged and enriched exactly once.
              --articles N        distinct articles of the first (or only) phase (default 20000)
              --half-articles N   distinct articles of the half-rate phase (default: --articles)
              --baseline-articles N  the first N of the first phase's articles for the baseline (default: --articles)
              --rate N            one phase at N articles/s instead of maximum-then-half
              --pushers N         HTTP requests in flight at once (default 8)
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
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--no-baseline".equals(option)) {
                baseline = false;
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
                sampleEvery, baseline);
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
