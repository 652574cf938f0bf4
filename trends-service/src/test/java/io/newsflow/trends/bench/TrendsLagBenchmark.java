package io.newsflow.trends.bench;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Not a test: a benchmark, run on demand with
 * {@code ./mvnw -B -pl trends-service -am test -Dtest=TrendsLagBenchmark -Dgroups=benchmark -Dbenchmark.excludedGroup= -Dsurefire.failIfNoSpecifiedTests=false}
 * (system properties {@code bench.rate}, {@code bench.seconds}, {@code bench.warmupSeconds}: 60 s at the rate first,
 * drained and not measured). It produces enriched events at a steady rate to the
 * service running against an embedded broker and measures, for every record the trends and stories topics get,
 * how long after its enriched record was produced it became readable (read_committed); it prints p50/p95/p99/max,
 * the state directory's size, the heap in use and the CPU time the stream threads spent per article. Each record carries its enriched record's timestamp (Kafka
 * Streams passes it on), so the lag is output-visible time minus produce time, commit interval included.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class TrendsLagBenchmark {
    private static final Path STATE_DIR = createStateDir();

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    StreamsBuilderFactoryBean streams;

    @DynamicPropertySource
    static void stateDir(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.streams.state-dir", STATE_DIR::toString);
    }

    private static Path createStateDir() {
        try {
            return Files.createTempDirectory("trends-bench-state");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lagBehindTheEnrichedTopic() throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 60);
        // measure the steady state, not the start: wait until the tasks run and the group has settled
        long ready = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (streams.getKafkaStreams() == null || streams.getKafkaStreams().state() != KafkaStreams.State.RUNNING
                || streams.getKafkaStreams().metadataForLocalThreads().stream()
                .allMatch(thread -> thread.activeTasks().isEmpty())) {
            if (System.nanoTime() > ready) {
                throw new IllegalStateException("Kafka Streams did not start within 120 s");
            }
            Thread.sleep(200);
        }
        // 60 s: sampled per thread at 200/s, the JIT's compiler threads still took 25-50 % of a core 20-45 s after the
        // start and fell below 10 % only after about 100 s (docs/benchmarks.md, stop 22); a shorter warm-up measures
        // the compiler as much as the service
        int warmUpSeconds = Integer.getInteger("bench.warmupSeconds", 60);
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean measuring = new AtomicBoolean(true);
        // only output carrying input produced after the warm-up counts: the first seconds measure the JIT, not the
        // design (at 100/s without a warm-up the p50 was 6.8 s, all of it the backlog of the cold start)
        AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong outputRecords = new AtomicLong();
        Thread reader = new Thread(() -> readLags(lags, measuredFrom, outputRecords, measuring));
        reader.start();

        SyntheticArticles articles = new SyntheticArticles();
        int warmUpArticles = rate * warmUpSeconds;
        if (warmUpArticles > 0) {
            produce(articles, 0, warmUpArticles, rate);
            awaitQuiet(outputRecords, Duration.ofMinutes(5));
            System.out.printf("%nBENCH trends lag: warmed up with %d articles at %d/s%n", warmUpArticles, rate);
        }
        measuredFrom.set(System.currentTimeMillis());
        long streamCpuStart = streamThreadsCpuNanos();
        long processCpuStart = processCpuNanos();
        Map<String, Long> threadCpuStart = cpuByThreadName();
        double producedBytesStart = streamsProducedBytes();
        Instant start = Instant.now();
        produce(articles, warmUpArticles, rate * seconds, rate);
        Duration producing = Duration.between(start, Instant.now());
        // drain: stop once nothing new has arrived for 5 s (at most 5 minutes)
        long drainDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int seen = -1;
        while ((lags.isEmpty() || lags.size() != seen) && System.nanoTime() < drainDeadline) {
            seen = lags.size();
            Thread.sleep(5000);
        }
        measuring.set(false);
        reader.join();
        // CPU time, unlike the lag, hardly depends on how busy the machine is: it compares runs of different code
        long streamCpu = streamThreadsCpuNanos() - streamCpuStart;
        // the whole JVM: broker, this producer and reader, the service; what two cores must hold at the rate
        long processCpu = processCpuNanos() - processCpuStart;
        double producedBytes = streamsProducedBytes() - producedBytesStart;

        printTopicSizes();
        printBusiestThreads(threadCpuStart, rate * seconds);
        List<Long> sorted = new ArrayList<>(lags);
        Collections.sort(sorted);
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("%nBENCH trends lag: %d enriched articles at %d/s over %.1f s; %d output records; "
                        + "lag p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; stream threads' CPU %.2f ms per article; "
                        + "whole JVM's CPU (broker and load generator included) %.2f ms per article; the service's "
                        + "producer sent %.1f kB per article (output, changelogs, repartitions); "
                        + "state dir %.1f MB; heap in use after GC %.0f MB%n%n",
                rate * seconds, rate, producing.toMillis() / 1000.0, sorted.size(), percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                streamCpu / 1e6 / (rate * seconds), processCpu / 1e6 / (rate * seconds),
                producedBytes / 1e3 / (rate * seconds), directorySize(STATE_DIR) / 1e6, heap / 1e6);
    }

    /** Produces articles {@code first .. first + count - 1} at a steady rate. */
    private void produce(SyntheticArticles articles, int first, int count, int rate) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            long intervalNanos = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int n = first; n < first + count; n++) {
                // sleep, not spin: a spinning producer took a whole core from the service it measures (JFR: the spin
                // loop had as many samples as the stream thread on a 2-core machine)
                for (long wait = next - System.nanoTime(); wait > 0; wait = next - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                next += intervalNanos;
                EnrichedEventJson article = articles.next(n, Instant.now());
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("newsflow.articles.enriched.v1",
                        article.id(), article.bytes());
                record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
        }
    }

    /** Waits until the output has had nothing new for 5 s. */
    private static void awaitQuiet(AtomicLong outputRecords, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long seen = -1;
        while ((outputRecords.get() == 0 || outputRecords.get() != seen) && System.nanoTime() < deadline) {
            seen = outputRecords.get();
            Thread.sleep(5000);
        }
    }

    private void readLags(List<Long> lags, AtomicLong measuredFrom, AtomicLong outputRecords,
                          AtomicBoolean measuring) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("newsflow.trends.entities.v1", "newsflow.trends.topics.v1",
                    "newsflow.trends.places.v1", "newsflow.stories.v1"));
            while (measuring.get()) {
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    outputRecords.incrementAndGet();
                    if (record.timestamp() >= measuredFrom.get()) {
                        lags.add(now - record.timestamp());
                    }
                }
            }
        }
    }

    /** Bytes on the broker per topic, largest first: where the service's traffic goes. */
    private void printTopicSizes() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Map<String, Long> sizes = new java.util.TreeMap<>();
            admin.describeLogDirs(List.of(0)).allDescriptions().get().values().forEach(dirs ->
                    dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, info) ->
                            sizes.merge(partition.topic(), info.size(), Long::sum))));
            sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(size -> System.out.printf("BENCH topic %s: %.1f MB%n", size.getKey(), size.getValue() / 1e6));
        }
    }

    /** CPU time so far of every live thread, summed by name with digits folded (a pool counts as one). */
    private static Map<String, Long> cpuByThreadName() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                byName.merge(thread.getThreadName().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
                        .replaceAll("\\d+", "N"), Math.max(0, threads.getThreadCpuTime(thread.getThreadId())), Long::sum);
            }
        }
        return byName;
    }

    /** Where the JVM's CPU went during the run, besides GC and the JIT (not Java threads). */
    private static void printBusiestThreads(Map<String, Long> before, int articles) {
        cpuByThreadName().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(entry -> System.out.printf("BENCH thread %s: %.2f ms CPU per article%n", entry.getKey(),
                        entry.getValue() / 1e6 / articles));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes the service's stream-thread producers have sent so far (Kafka's producer metric). */
    private double streamsProducedBytes() {
        return streams.getKafkaStreams().metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("outgoing-byte-total")
                        && metric.getKey().group().equals("producer-metrics"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .sum();
    }

    /** CPU time so far of the Kafka Streams threads (the topology's work), summed. */
    private static long streamThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains("-StreamThread-")
                    && !thread.getThreadName().contains("producer")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    private static long directorySize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
