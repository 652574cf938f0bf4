package io.newsflow.ops.replay;

import io.newsflow.common.event.NewsflowTopics;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link ReplayDeadLetters}.
 *
 * @param clientConfig a Kafka client properties file (security settings such as SASL), or null
 */
public record ReplayOptions(String bootstrapServers, Path clientConfig, String deadLetterTopic, String rawTopic,
                            DeadLetterSelection selection, boolean dryRun) {

    static final String USAGE = """
            Usage: replay-dead-letters --bootstrap-servers HOST:PORT [options]
              Re-publishes dead letters from the dead-letter topic to the raw topic, so that enrich-service
              processes them again. Every given criterion must match; without any, every dead letter is selected.

              --bootstrap-servers HOST:PORT  Kafka to connect to (required)
              --command-config FILE          Kafka client properties, e.g. security.protocol, sasl.mechanism and
                                             sasl.jaas.config of the newsflow-operator user
              --from TIME                    dead-lettered at or after TIME (ISO-8601, e.g. 2026-12-07T08:00:00Z)
              --to TIME                      dead-lettered before TIME
              --reason CLASS                 failure class, simple or fully qualified (kafka_dlt-exception-fqcn);
                                             repeat for several
              --article-id ID                the record key; repeat for several
              --dry-run                      list what would be re-published, publish nothing
              --dead-letter-topic TOPIC      default %s
              --raw-topic TOPIC              default %s
            """.formatted(NewsflowTopics.DEAD_LETTER, NewsflowTopics.RAW_ARTICLES);

    /** @throws IllegalArgumentException naming what is wrong with the command line */
    public static ReplayOptions parse(List<String> arguments) {
        String bootstrapServers = null;
        Path clientConfig = null;
        String deadLetterTopic = NewsflowTopics.DEAD_LETTER;
        String rawTopic = NewsflowTopics.RAW_ARTICLES;
        Instant from = null;
        Instant to = null;
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> articleIds = new LinkedHashSet<>();
        boolean dryRun = false;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            switch (option) {
                case "--dry-run" -> dryRun = true;
                case "--bootstrap-servers" -> bootstrapServers = value(arguments, ++i, option);
                case "--command-config" -> clientConfig = Path.of(value(arguments, ++i, option));
                case "--dead-letter-topic" -> deadLetterTopic = value(arguments, ++i, option);
                case "--raw-topic" -> rawTopic = value(arguments, ++i, option);
                case "--from" -> from = instant(value(arguments, ++i, option), option);
                case "--to" -> to = instant(value(arguments, ++i, option), option);
                case "--reason" -> reasons.add(value(arguments, ++i, option));
                case "--article-id" -> articleIds.add(value(arguments, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (bootstrapServers == null) {
            throw new IllegalArgumentException("--bootstrap-servers is required");
        }
        if (deadLetterTopic.equals(rawTopic)) {
            throw new IllegalArgumentException("--dead-letter-topic and --raw-topic are both " + rawTopic);
        }
        return new ReplayOptions(bootstrapServers, clientConfig, deadLetterTopic, rawTopic,
                new DeadLetterSelection(from, to, reasons, articleIds), dryRun);
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static Instant instant(String text, String option) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + " is not an ISO-8601 instant such as"
                    + " 2026-12-07T08:00:00Z");
        }
    }
}
