package io.newsflow.localrun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's command line. Paths left null are found from the repository the launcher runs in.
 *
 * @param kafkaPort        the broker's client listener on 127.0.0.1
 * @param controllerPort   the broker's KRaft controller listener on 127.0.0.1
 * @param ingestPort       ingest-service's HTTP port on 127.0.0.1
 * @param enrichPort       enrich-service's HTTP port on 127.0.0.1
 * @param trendsPort       trends-service's HTTP port (API and dashboard) on 127.0.0.1
 * @param dataDir          broker storage and every log file; null: the repository's default
 * @param samplesDir       articles to post once everything runs; null: the repository's {@code samples/}
 * @param ingestJar        ingest-service's executable jar; null: the one built in the repository
 * @param enrichJar        enrich-service's executable jar; null: the one built in the repository
 * @param trendsJar        trends-service's executable jar; null: the one built in the repository
 * @param json             print each enriched event as its full JSON instead of a summary
 * @param exitAfterSamples exit once every sample has come out enriched instead of running until Ctrl-C
 * @param timeout          the longest wait for each step: broker, services, samples; generous because the
 *                         services start slowly on a busy machine and only a failure ever waits it out
 * @param keepData         keep the broker's topics from the previous run instead of starting empty
 * @param help             print the usage and do nothing else
 * @param watch            the {@code watch} command: print what is on the enriched and dead-letter topics of a
 *                         broker that is already running, instead of starting one
 * @param noBuild          {@code --no-build}: acted on by the {@code ./run-local} script (start the jars as they are);
 *                         accepted here so that the script can pass the command line on unchanged
 * @param noClassDataSharing {@code --no-cds}: start the services from their jars, without making or using
 *                         class-data archives (ADR 0028)
 */
public record LocalRunOptions(int kafkaPort, int controllerPort, int ingestPort, int enrichPort, int trendsPort,
                              Path dataDir, Path samplesDir, Path ingestJar, Path enrichJar, Path trendsJar,
                              boolean json, boolean exitAfterSamples, Duration timeout, boolean keepData,
                              boolean help, boolean watch, boolean noBuild, boolean noClassDataSharing) {

    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_INGEST_PORT = 8080;
    public static final int DEFAULT_ENRICH_PORT = 8081;
    public static final int DEFAULT_TRENDS_PORT = 8082;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    public static final String KAFKA_PORT = "--kafka-port";
    public static final String CONTROLLER_PORT = "--controller-port";
    public static final String INGEST_PORT = "--ingest-port";
    public static final String ENRICH_PORT = "--enrich-port";
    public static final String TRENDS_PORT = "--trends-port";
    public static final String DATA_DIR = "--data-dir";
    public static final String SAMPLES_DIR = "--samples-dir";
    public static final String INGEST_JAR = "--ingest-jar";
    public static final String ENRICH_JAR = "--enrich-jar";
    public static final String TRENDS_JAR = "--trends-jar";
    public static final String JSON = "--json";
    public static final String EXIT_AFTER_SAMPLES = "--exit-after-samples";
    public static final String TIMEOUT = "--timeout";
    public static final String KEEP_DATA = "--keep-data";
    public static final String HELP = "--help";
    public static final String NO_BUILD = "--no-build";
    public static final String NO_CDS = "--no-cds";
    /** The command word that watches a running broker's output topics. */
    public static final String WATCH = "watch";

    private static final List<String> WITH_VALUE = List.of(KAFKA_PORT, CONTROLLER_PORT, INGEST_PORT, ENRICH_PORT,
            TRENDS_PORT, DATA_DIR, SAMPLES_DIR, INGEST_JAR, ENRICH_JAR, TRENDS_JAR, TIMEOUT);
    private static final List<String> FLAGS = List.of(JSON, EXIT_AFTER_SAMPLES, KEEP_DATA, HELP, NO_BUILD,
            NO_CDS);
    /** What {@code watch} accepts: it starts nothing, so the other options would be silently ignored. */
    private static final List<String> WATCH_OPTIONS = List.of(KAFKA_PORT, JSON, HELP, NO_BUILD);

    public static LocalRunOptions defaults() {
        return new LocalRunOptions(DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_INGEST_PORT,
                DEFAULT_ENRICH_PORT, DEFAULT_TRENDS_PORT, null, null, null, null, null, false, false, DEFAULT_TIMEOUT,
                false, false, false, false, false);
    }

    /**
     * Reads {@code --name value}, {@code --name=value}, flags and the command word {@code watch}, in any order.
     */
    public static LocalRunOptions parse(String... args) throws InvalidOptionsException {
        Map<String, String> values = new HashMap<>();
        List<String> flags = new ArrayList<>();
        // anywhere on the line, since the script may put its own flags first
        boolean watch = List.of(args).contains(WATCH);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (WATCH.equals(arg)) {
                continue;
            }
            if (watch && !"-h".equals(arg) && !WATCH_OPTIONS.contains(name)) {
                throw new InvalidOptionsException("'" + WATCH + "' takes only " + String.join(", ", WATCH_OPTIONS)
                        + ", not '" + arg + "'.");
            }
            if ("-h".equals(arg)) {
                flags.add(HELP);
            } else if (FLAGS.contains(name)) {
                if (!name.equals(arg)) {
                    throw new InvalidOptionsException(name + " takes no value, but was given '" + arg + "'.");
                }
                flags.add(name);
            } else if (WITH_VALUE.contains(name)) {
                String value;
                if (!name.equals(arg)) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new InvalidOptionsException(name + " needs a value, e.g. " + name + " " + example(name) + ".");
                }
                values.put(name, value);
            } else {
                throw new InvalidOptionsException("Unknown option '" + arg + "'.");
            }
        }
        LocalRunOptions options = new LocalRunOptions(
                port(values, KAFKA_PORT, DEFAULT_KAFKA_PORT),
                port(values, CONTROLLER_PORT, DEFAULT_CONTROLLER_PORT),
                port(values, INGEST_PORT, DEFAULT_INGEST_PORT),
                port(values, ENRICH_PORT, DEFAULT_ENRICH_PORT),
                port(values, TRENDS_PORT, DEFAULT_TRENDS_PORT),
                path(values, DATA_DIR), path(values, SAMPLES_DIR), path(values, INGEST_JAR), path(values, ENRICH_JAR),
                path(values, TRENDS_JAR),
                flags.contains(JSON), flags.contains(EXIT_AFTER_SAMPLES), timeout(values), flags.contains(KEEP_DATA),
                flags.contains(HELP), watch, flags.contains(NO_BUILD), flags.contains(NO_CDS));
        options.requireDistinctPorts();
        return options;
    }

    /** Each port with the option that sets it, for messages about ports that are taken. */
    public Map<String, Integer> portsByOption() {
        return Map.of(KAFKA_PORT, kafkaPort, CONTROLLER_PORT, controllerPort, INGEST_PORT, ingestPort,
                ENRICH_PORT, enrichPort, TRENDS_PORT, trendsPort);
    }

    public static String usage() {
        return """
                Usage: ./run-local [options]
                       ./run-local watch [--kafka-port PORT] [--json]

                Runs newsflow on this machine: a Kafka broker, ingest-service, enrich-service and trends-service
                (the dashboard), each in its own JVM. Posts every article in samples/, prints what
                enrich-service makes of it and the dashboard's address. Ctrl-C stops everything.

                Before starting, the script builds what changed since its last build, installing nothing into
                ~/.m2 (./mvnw -q -B -Dmaven.test.skip=true package -pl local-run -am); it skips Maven when no
                source or pom.xml is newer than that build. It starts local-run/target/newsflow-local-run-%6$s.jar, which runs
                ingest-service/target/newsflow-ingest-service-%6$s-exec.jar,
                enrich-service/target/newsflow-enrich-service-%6$s-exec.jar and
                trends-service/target/newsflow-trends-service-%6$s-exec.jar.

                watch: prints every event on the enriched topic (and every dead letter) of the broker on
                127.0.0.1:PORT, from the beginning, as the run does (committed records only; --json for the
                whole events); Ctrl-C stops. Use it in a second terminal while ./run-local runs. kcat shows
                the raw records too (apt-get install kcat, or brew install kcat).

                Options:
                  --kafka-port PORT        Kafka client listener on 127.0.0.1 (default %d)
                  --controller-port PORT   Kafka KRaft controller listener on 127.0.0.1 (default %d)
                  --ingest-port PORT       ingest-service HTTP port on 127.0.0.1 (default %d)
                  --enrich-port PORT       enrich-service HTTP port on 127.0.0.1 (default %d)
                  --trends-port PORT       trends-service HTTP port (API, dashboard) on 127.0.0.1 (default %7$d)
                  --data-dir DIR           broker storage and all logs (default local-run/target/local-kafka
                                           in the repository, else ~/.newsflow)
                  --samples-dir DIR        articles to post: *.txt, *.json, *.ndjson (default samples/)
                  --ingest-jar FILE        ingest-service executable jar (default: the one built in the repository)
                  --enrich-jar FILE        enrich-service executable jar (default: the one built in the repository)
                  --trends-jar FILE        trends-service executable jar (default: the one built in the repository)
                  --json                   print each enriched event as its full JSON
                  --exit-after-samples     exit 0 once every sample has come out enriched, 1 if one does not
                  --timeout SECONDS        longest wait for each step: broker, services, samples (default %d)
                  --keep-data              keep the topics of the previous run (default: start with an empty broker)
                  --no-build               start the jars as they are, without checking for changes
                  --no-cds                 start the services from their jars; by default the first start after
                                           a build makes class-data archives beside the jars (about 15 s), and
                                           every start then takes half the time
                  -h, --help               print this help
                """.formatted(DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_INGEST_PORT, DEFAULT_ENRICH_PORT,
                DEFAULT_TIMEOUT.toSeconds(), BuiltVersion.VERSION, DEFAULT_TRENDS_PORT);
    }

    private void requireDistinctPorts() throws InvalidOptionsException {
        Map<Integer, String> seen = new HashMap<>();
        for (String option : List.of(KAFKA_PORT, CONTROLLER_PORT, INGEST_PORT, ENRICH_PORT, TRENDS_PORT)) {
            int port = portsByOption().get(option);
            String other = seen.putIfAbsent(port, option);
            if (other != null) {
                throw new InvalidOptionsException(other + " and " + option + " are both " + port
                        + "; every listener needs its own port.");
            }
        }
    }

    private static int port(Map<String, String> values, String option, int defaultPort) throws InvalidOptionsException {
        String value = values.get(option);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw new InvalidOptionsException(option + " must be a port number from 1 to 65535, not '" + value + "'.");
    }

    private static Path path(Map<String, String> values, String option) throws InvalidOptionsException {
        String value = values.get(option);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidOptionsException(option + " needs a path, e.g. " + option + " " + example(option) + ".");
        }
        return Path.of(value);
    }

    private static Duration timeout(Map<String, String> values) throws InvalidOptionsException {
        String value = values.get(TIMEOUT);
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidOptionsException(TIMEOUT + " must be a whole number of seconds above 0, not '" + value + "'.");
    }

    private static String example(String option) {
        return switch (option) {
            case DATA_DIR -> "/tmp/newsflow";
            case SAMPLES_DIR -> "samples";
            case INGEST_JAR -> "ingest-service/target/newsflow-ingest-service-" + BuiltVersion.VERSION + "-exec.jar";
            case ENRICH_JAR -> "enrich-service/target/newsflow-enrich-service-" + BuiltVersion.VERSION + "-exec.jar";
            case TRENDS_JAR -> "trends-service/target/newsflow-trends-service-" + BuiltVersion.VERSION + "-exec.jar";
            case TIMEOUT -> "300";
            default -> "19092";
        };
    }
}
