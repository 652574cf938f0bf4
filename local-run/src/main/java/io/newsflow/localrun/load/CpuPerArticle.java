package io.newsflow.localrun.load;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A process's CPU time (user + system, all its threads: enrichment, GC, JIT, Kafka clients) per article it
 * completed, from samples of (articles completed so far, CPU used so far). Beside the wall-clock throughput it
 * tells CPU starvation from code cost: the same CPU per article at a lower throughput means the process waited
 * for a core (or for work), not that it did more.
 */
final class CpuPerArticle {
    private record Sample(int completed, long cpuNanos) {
    }

    private final List<Sample> samples = new ArrayList<>();

    /** The CPU time the process has used so far, or empty when it has exited or the system does not say. */
    static OptionalLong cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(cpu -> OptionalLong.of(cpu.toNanos()))
                .orElse(OptionalLong.empty());
    }

    /** Samples the process now; nothing when its CPU time cannot be read. */
    synchronized void sample(int completed, ProcessHandle process) {
        cpuNanos(process).ifPresent(cpu -> add(completed, cpu));
    }

    /**
     * Keeps a sample only when more articles were completed than at the one before, so an idle tail (waiting
     * for a late duplicate, a phase already done) does not count as the last articles' CPU time.
     */
    synchronized void add(int completed, long cpuNanos) {
        if (samples.isEmpty() || completed > samples.get(samples.size() - 1).completed()) {
            samples.add(new Sample(completed, cpuNanos));
        }
    }

    /**
     * CPU milliseconds per article between the first sample with at least {@code warmup} articles completed and
     * the last sample, so the warm-up is left out as it is from the throughput; empty when no later sample
     * completed more articles.
     */
    synchronized OptionalDouble millisPerArticle(int warmup) {
        Sample from = samples.stream().filter(sample -> sample.completed() >= warmup).findFirst().orElse(null);
        if (from == null) {
            return OptionalDouble.empty();
        }
        Sample to = samples.get(samples.size() - 1);
        int articles = to.completed() - from.completed();
        return articles <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of((to.cpuNanos() - from.cpuNanos()) / 1e6 / articles);
    }
}
