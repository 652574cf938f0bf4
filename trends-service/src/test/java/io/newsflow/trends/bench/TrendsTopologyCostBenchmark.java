package io.newsflow.trends.bench;

import io.newsflow.trends.config.TrendsProperties;
import io.newsflow.trends.stream.TrendsTopology;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Not a test: a benchmark, run on demand with
 * {@code ./mvnw -B -pl trends-service -am test -Dtest=TrendsTopologyCostBenchmark -Dgroups=benchmark -Dbenchmark.excludedGroup= -Dsurefire.failIfNoSpecifiedTests=false}
 * (system properties {@code bench.articles}, {@code bench.stateParent}: where the state directory goes, by default
 * {@code /dev/shm}). The CPU time the whole topology spends per enriched article, in one
 * thread: Kafka Streams' TopologyTestDriver runs it (RocksDB stores, serdes, repartitions and punctuations, no
 * broker), and the thread's CPU time and allocation are read before and after. Unlike the lag benchmark it does not
 * depend on how busy the machine is, so runs of different code compare; its inverse bounds how many articles per
 * second one stream thread can count. The driver flushes the stores' caches after every record, so the store and
 * changelog writes are somewhat more than a real stream thread's, which flushes once per commit.
 */
@Tag("benchmark")
class TrendsTopologyCostBenchmark {
    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");
    /** the wall clock advances as if 200 articles arrived per second, so the punctuations run as often as then */
    private static final Duration BETWEEN_ARTICLES = Duration.ofMillis(5);
    private static final TrendsProperties PROPERTIES = new TrendsProperties("newsflow.articles.enriched.v1",
            "newsflow.trends.entities.v1", "newsflow.trends.topics.v1", "newsflow.trends.places.v1",
            "newsflow.stories.v1", Duration.ofHours(48), Duration.ofDays(14), Duration.ofDays(91), 2000, 256, 3, 1,
            Duration.ofMillis(250));

    @Test
    void cpuTimePerArticle() throws IOException {
        int measured = Integer.getInteger("bench.articles", 6000);
        int warmUp = measured / 3;
        StreamsBuilder builder = new StreamsBuilder();
        TrendsTopology.build(builder, PROPERTIES);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "trends-cost-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // the driver commits, and so syncs every store's checkpoint file, after every record: in memory (tmpfs) that
        // costs what it costs a real thread per commit, on a busy disk it made a run take many minutes
        Path stateDir = Files.createTempDirectory(Path.of(System.getProperty("bench.stateParent", "/dev/shm")),
                "trends-cost-benchmark");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config, START)) {
            TestInputTopic<String, byte[]> enriched = driver.createInputTopic(PROPERTIES.enrichedTopic(),
                    new StringSerializer(), new ByteArraySerializer());
            List<TestOutputTopic<String, byte[]>> outputs = List.of(PROPERTIES.entitiesTopic(),
                            PROPERTIES.topicsTopic(), PROPERTIES.placesTopic(), PROPERTIES.storiesTopic()).stream()
                    .map(topic -> driver.createOutputTopic(topic, new StringDeserializer(),
                            new ByteArrayDeserializer()))
                    .toList();
            SyntheticArticles articles = new SyntheticArticles();
            // the events are written before measuring: producing them is not the topology's cost
            List<TestRecord<String, byte[]>> events = java.util.stream.IntStream.range(0, warmUp + measured)
                    .mapToObj(n -> {
                        Instant published = START.plus(BETWEEN_ARTICLES.multipliedBy(n));
                        var article = articles.next(n, published);
                        RecordHeaders headers = new RecordHeaders();
                        headers.add("ce_id", ("ce-" + n).getBytes(StandardCharsets.UTF_8));
                        return new TestRecord<>(article.id(), article.bytes(), headers, published);
                    })
                    .toList();
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long outputRecords = 0;
            long cpuStart = 0;
            long allocatedStart = 0;
            for (int n = 0; n < events.size(); n++) {
                if (n == warmUp) {
                    cpuStart = threads.getCurrentThreadCpuTime();
                    allocatedStart = threads.getCurrentThreadAllocatedBytes();
                    outputRecords = 0;
                }
                enriched.pipeInput(events.get(n));
                driver.advanceWallClockTime(BETWEEN_ARTICLES);
                if (n % 500 == 0) {
                    outputRecords += drain(outputs);
                }
            }
            outputRecords += drain(outputs);
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
            System.out.printf("%nBENCH trends topology cost: %d articles after %d warm-up; CPU %.2f ms per article "
                            + "(at most %.0f articles/s per stream thread); %.1f MB allocated per article; "
                            + "%.1f output records per article%n%n",
                    measured, warmUp, cpu / 1e6 / measured, measured / (cpu / 1e9), allocated / 1e6 / measured,
                    (double) outputRecords / measured);
        } finally {
            try (var files = Files.walk(stateDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long drain(List<TestOutputTopic<String, byte[]>> outputs) {
        long count = 0;
        for (TestOutputTopic<String, byte[]> output : outputs) {
            count += output.readRecordsToList().size();
        }
        return count;
    }
}
