package io.newsflow.ops.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/**
 * Which dead letters to replay. Every given criterion must hold; an empty set or a missing bound does not
 * restrict.
 *
 * @param from       oldest dead letter (its record timestamp, when it was dead-lettered), inclusive
 * @param to         newest dead letter, exclusive
 * @param reasons    failure class names, fully qualified or simple, as in the {@value #REASON_HEADER} header
 * @param articleIds record keys, which are article ids
 */
public record DeadLetterSelection(Instant from, Instant to, Set<String> reasons, Set<String> articleIds) {
    /** Written by Spring Kafka's DeadLetterPublishingRecoverer: the class of the exception that failed it. */
    public static final String REASON_HEADER = "kafka_dlt-exception-fqcn";

    public DeadLetterSelection {
        reasons = Set.copyOf(reasons);
        articleIds = Set.copyOf(articleIds);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
    }

    public boolean matches(ConsumerRecord<byte[], byte[]> deadLetter) {
        Instant at = Instant.ofEpochMilli(deadLetter.timestamp());
        if (from != null && at.isBefore(from) || to != null && !at.isBefore(to)) {
            return false;
        }
        if (!articleIds.isEmpty() && (deadLetter.key() == null
                || !articleIds.contains(new String(deadLetter.key(), StandardCharsets.UTF_8)))) {
            return false;
        }
        return reasons.isEmpty() || matchesReason(reason(deadLetter));
    }

    /** The failure class the dead letter carries, or "unknown" when it has no reason header. */
    public static String reason(ConsumerRecord<byte[], byte[]> deadLetter) {
        Header header = deadLetter.headers().lastHeader(REASON_HEADER);
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean matchesReason(String failureClass) {
        String simpleName = failureClass.substring(failureClass.lastIndexOf('.') + 1);
        return reasons.contains(failureClass) || reasons.contains(simpleName);
    }
}
