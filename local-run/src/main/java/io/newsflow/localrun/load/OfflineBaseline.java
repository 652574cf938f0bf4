package io.newsflow.localrun.load;

import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The offline baseline: enrich-service's own {@code enrich} command, in its own JVM, on exactly the articles the
 * load phase pushes, one thread (the service's default listener concurrency). Its standard output gets one
 * enriched event per line; the time each line appears is its completion, so the throughput is measured the
 * way the pipeline's is (from the completion after the warm-up to the last, start-up, model loading and the
 * JIT warm-up left out). Its JVM's CPU time per article is sampled over the same span.
 */
final class OfflineBaseline {
    /**
     * @param throughput          sustained articles/s after the warm-up
     * @param secondHalf          articles/s over the second half of the completions ({@link Throughput#secondHalf})
     * @param cpuMillisPerArticle the command's JVM CPU time per article after the warm-up, when it could be read
     * @param loadAtStart         load average before the command started
     * @param loadAtEnd           load average when it had finished
     */
    record Result(double throughput, double secondHalf, OptionalDouble cpuMillisPerArticle, String loadAtStart,
                  String loadAtEnd, List<Double> runs) {

        Result(double throughput, double secondHalf, OptionalDouble cpuMillisPerArticle, String loadAtStart,
               String loadAtEnd) {
            this(throughput, secondHalf, cpuMillisPerArticle, loadAtStart, loadAtEnd, List.of(throughput));
        }

        /** Two measurements as one: the mean of each rate and of the CPU time, the first's load at the start. */
        static Result meanOf(Result before, Result after) {
            OptionalDouble cpu = before.cpuMillisPerArticle.isPresent() && after.cpuMillisPerArticle.isPresent()
                    ? OptionalDouble.of((before.cpuMillisPerArticle.getAsDouble()
                    + after.cpuMillisPerArticle.getAsDouble()) / 2)
                    : OptionalDouble.empty();
            return new Result((before.throughput + after.throughput) / 2, (before.secondHalf + after.secondHalf) / 2,
                    cpu, before.loadAtStart, after.loadAtEnd, List.of(before.throughput, after.throughput));
        }

        /** How the figure was made when it is a mean, for the report; empty for one run. */
        String describeRuns() {
            return runs.size() < 2 ? "" : String.format(Locale.ROOT, "; offline is the mean of %.1f before and "
                    + "%.1f after", runs.get(0), runs.get(1));
        }
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path enrichJar;
    private final Path workDir;
    private final ChildProcesses children;
    private final PrintStream out;

    OfflineBaseline(Path enrichJar, Path workDir, ChildProcesses children, PrintStream out) {
        this.enrichJar = enrichJar;
        this.workDir = workDir;
        this.children = children;
        this.out = out;
    }

    /** The offline command on articles {@code 0..count-1}, the first {@code warmup} completions left out. */
    Result measure(WireArticles articles, int count, int warmup, Duration timeout)
            throws IOException, InterruptedException {
        String loadAtStart = LoadAverage.now();
        Files.createDirectories(workDir);
        Path input = workDir.resolve("offline-articles.ndjson");
        try (var writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int number = 0; number < count; number++) {
                writer.write(articles.json(number));
                writer.write('\n');
            }
        }
        Path output = workDir.resolve("offline-enrich.out");
        ChildProcess enrich = children.startJava("offline-enrich",
                List.of("-jar", enrichJar.toString(), "enrich", "--source", LoadRun.SOURCE, input.toString()), output);
        List<Long> completions = new ArrayList<>(count);
        CpuPerArticle cpu = new CpuPerArticle();
        EventLineCounter lines = new EventLineCounter();
        long lastProgress = System.nanoTime();
        long lastReport = System.nanoTime();
        try (FileChannel channel = FileChannel.open(output, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (true) {
                boolean exited = enrich.exitCode().isPresent();
                int before = completions.size();
                buffer.clear();
                while (channel.read(buffer) > 0) {
                    buffer.flip();
                    int finished = lines.feed(buffer);
                    long now = System.currentTimeMillis();
                    for (int i = 0; i < finished; i++) {
                        completions.add(now);
                    }
                    buffer.clear();
                }
                if (completions.size() > before) {
                    lastProgress = System.nanoTime();
                }
                if (!exited) {
                    cpu.sample(completions.size(), enrich.handle());
                }
                if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
                    out.printf(Locale.ROOT, "  offline enrich: %d/%d articles%s%n", completions.size(), count,
                            completions.isEmpty() ? " (starting, loading the models)" : "");
                    lastReport = System.nanoTime();
                }
                if (exited) {
                    break;
                }
                if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                    throw new IllegalStateException("The offline enrich command enriched nothing for "
                            + timeout.toSeconds() + " s; see " + output);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        OptionalInt exit = enrich.exitCode();
        if (completions.size() != count || exit.isEmpty() || exit.getAsInt() != 0) {
            throw new IllegalStateException("The offline enrich command enriched " + completions.size() + " of "
                    + count + " articles and exited with " + exit + "; see " + output);
        }
        return new Result(Throughput.sustained(completions, warmup), Throughput.secondHalf(completions),
                cpu.millisPerArticle(warmup), loadAtStart,
                LoadAverage.now());
    }

    /**
     * Counts the lines that hold an enriched event (they start with '{'), across reads that split lines
     * anywhere; anything the JVM or logging writes to the same file starts otherwise and is not counted.
     */
    static final class EventLineCounter {
        private boolean atLineStart = true;
        private boolean inEvent;

        /** @return how many event lines the bytes completed */
        int feed(ByteBuffer bytes) {
            int completed = 0;
            while (bytes.hasRemaining()) {
                byte b = bytes.get();
                if (atLineStart) {
                    inEvent = b == '{';
                }
                atLineStart = b == '\n';
                if (atLineStart && inEvent) {
                    completed++;
                    inEvent = false;
                }
            }
            return completed;
        }
    }
}
