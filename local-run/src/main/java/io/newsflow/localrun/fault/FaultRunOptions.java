package io.newsflow.localrun.fault;

import io.newsflow.localrun.InvalidOptionsException;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Options of {@code fault-run}.
 *
 * @param articles how many distinct articles to push
 * @param rate     articles per second pushed
 * @param portBase Kafka on this port, its controller on +1, ingest-service on +2, enrich-service on +3
 * @param dataDir  broker storage and logs; emptied at the start
 * @param timeout  longest wait for any one component to start, and for the last enriched record
 * @param classDataSharing start the services from class-data archives of their jars (ADR 0028), made first
 *                 when missing; {@code --no-cds} starts them from the jars, to measure what the archives save
 */
record FaultRunOptions(int articles, int rate, int portBase, Path dataDir, Duration timeout,
                       boolean classDataSharing) {

    static final String USAGE = """
            Usage: java -jar newsflow-local-run-<version>.jar fault-run [options]
              Starts a Kafka broker, ingest-service and enrich-service as their own JVMs, pushes distinct articles,
              kills (SIGKILL) and restarts the broker, enrich-service and ingest-service in turn while it pushes,
              resends what got no answer or a 503, then counts the enriched topic with a read_committed consumer.
              Fails unless acked = enriched_distinct = enriched_total.
              --articles N    distinct articles to push (default 3000)
              --rate N        articles per second (default 40)
              --port-base P   Kafka P, controller P+1, ingest P+2, enrich P+3 (default 9292)
              --data-dir DIR  storage and logs, emptied first (default ./target/fault-run)
              --timeout SEC   longest wait for a component to start or for the last record (default 180)
              --no-cds        start the services from their jars, not from class-data archives (ADR 0028)
            """;

    static FaultRunOptions parse(String[] args) throws InvalidOptionsException {
        int articles = 3000;
        int rate = 40;
        int portBase = 9292;
        Path dataDir = Path.of("target", "fault-run");
        Duration timeout = Duration.ofSeconds(180);
        boolean classDataSharing = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--no-cds".equals(option)) {
                classDataSharing = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new InvalidOptionsException(option + " needs a value.");
            }
            String value = args[++i];
            switch (option) {
                case "--articles" -> articles = positive(option, value);
                case "--rate" -> rate = positive(option, value);
                case "--port-base" -> portBase = positive(option, value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--timeout" -> timeout = Duration.ofSeconds(positive(option, value));
                default -> throw new InvalidOptionsException("Unknown fault-run option " + option + ".");
            }
        }
        if (articles < 10) {
            throw new InvalidOptionsException("--articles must be at least 10, to leave room for three faults.");
        }
        return new FaultRunOptions(articles, rate, portBase, dataDir.toAbsolutePath().normalize(), timeout,
                classDataSharing);
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
