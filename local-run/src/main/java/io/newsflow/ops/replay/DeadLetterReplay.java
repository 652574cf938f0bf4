package io.newsflow.ops.replay;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Re-publishes selected dead letters to the raw topic, with their key, value and original headers, so that
 * enrich-service processes them again as if they had just arrived. Reads the dead-letter topic up to where it
 * ended when the replay started, without a consumer group (nothing is committed, so a replay can be repeated),
 * and waits for Kafka to acknowledge every record before it reports success.
 *
 * <p>Spring Kafka's {@code kafka_dlt-*} headers are left behind, since they describe the old failure; a
 * {@value #REPLAYED_FROM_HEADER} header names the dead letter each record came from.
 */
public final class DeadLetterReplay {
    public static final String REPLAYED_FROM_HEADER = "newsflow_replayed-from";
    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(60);
    private static final int PROGRESS_EVERY = 1_000;

    private final Consumer<byte[], byte[]> deadLetters;
    private final Producer<byte[], byte[]> raw;
    private final String deadLetterTopic;
    private final String rawTopic;

    public DeadLetterReplay(Consumer<byte[], byte[]> deadLetters,
                            Producer<byte[], byte[]> raw, String deadLetterTopic, String rawTopic) {
        this.deadLetters = deadLetters;
        this.raw = raw;
        this.deadLetterTopic = deadLetterTopic;
        this.rawTopic = rawTopic;
    }

    /**
     * @param dryRun   only report what would be re-published
     * @param progress receives one line per selected dead letter and a progress line every
     *                 {@value #PROGRESS_EVERY} dead letters read
     */
    public ReplaySummary replay(DeadLetterSelection selection, boolean dryRun,
                                java.util.function.Consumer<String> progress)
            throws InterruptedException {
        List<TopicPartition> partitions = partitions();
        deadLetters.assign(partitions);
        Map<TopicPartition, Long> endOffsets = deadLetters.endOffsets(partitions);
        seekToStart(partitions, selection);
        long total = remaining(endOffsets);
        progress.accept("Reading " + total + " dead letters from " + deadLetterTopic
                + (dryRun ? " (dry run: nothing is re-published)" : " into " + rawTopic));

        long scanned = 0;
        long selected = 0;
        List<Future<?>> sends = new ArrayList<>();
        while (!reachedEnd(endOffsets)) {
            for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters.poll(POLL)) {
                TopicPartition partition = new TopicPartition(deadLetter.topic(), deadLetter.partition());
                if (deadLetter.offset() >= endOffsets.get(partition)) {
                    continue;
                }
                scanned++;
                if (selection.matches(deadLetter)) {
                    selected++;
                    progress.accept((dryRun ? "would re-publish " : "re-publishing ") + describe(deadLetter));
                    if (!dryRun) {
                        sends.add(raw.send(toRaw(deadLetter)));
                    }
                }
                if (scanned % PROGRESS_EVERY == 0) {
                    progress.accept("read " + scanned + " dead letters, selected " + selected);
                }
            }
        }
        raw.flush();
        long republished = awaitAcknowledged(sends);
        return new ReplaySummary(scanned, selected, republished);
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = deadLetters.partitionsFor(deadLetterTopic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("The dead-letter topic " + deadLetterTopic + " does not exist");
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    /** From the first dead letter at or after {@code from}, or from the beginning. */
    private void seekToStart(List<TopicPartition> partitions, DeadLetterSelection selection) {
        if (selection.from() == null) {
            deadLetters.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> timestamps = new HashMap<>();
        partitions.forEach(partition -> timestamps.put(partition, selection.from().toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = deadLetters.offsetsForTimes(timestamps);
        Map<TopicPartition, Long> ends = deadLetters.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            deadLetters.seek(partition, offset == null ? ends.get(partition) : offset.offset());
        }
    }

    private long remaining(Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - deadLetters.position(end.getKey()))).sum();
    }

    private boolean reachedEnd(Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(end -> deadLetters.position(end.getKey()) >= end.getValue());
    }

    private ProducerRecord<byte[], byte[]> toRaw(ConsumerRecord<byte[], byte[]> deadLetter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM_HEADER, (deadLetter.topic() + "-" + deadLetter.partition() + "@"
                + deadLetter.offset()).getBytes(StandardCharsets.UTF_8));
        // no partition: the producer places it by key, with every other version of the article
        return new ProducerRecord<>(rawTopic, null, deadLetter.key(), deadLetter.value(), headers);
    }

    private static long awaitAcknowledged(List<Future<?>> sends) throws InterruptedException {
        long acknowledged = 0;
        for (Future<?> send : sends) {
            try {
                send.get(ACKNOWLEDGE_WITHIN.toSeconds(), TimeUnit.SECONDS);
                acknowledged++;
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge a re-published dead letter ("
                        + acknowledged + " of " + sends.size() + " were). Running the same replay again re-publishes"
                        + " the acknowledged ones a second time; narrow it with --article-id or --from", e);
            }
        }
        return acknowledged;
    }

    private static String describe(ConsumerRecord<byte[], byte[]> deadLetter) {
        String key = deadLetter.key() == null ? "(no key)" : new String(deadLetter.key(), StandardCharsets.UTF_8);
        return key + " from " + deadLetter.topic() + "-" + deadLetter.partition() + "@" + deadLetter.offset()
                + ", dead-lettered " + Instant.ofEpochMilli(deadLetter.timestamp())
                + ", reason " + DeadLetterSelection.reason(deadLetter);
    }
}
