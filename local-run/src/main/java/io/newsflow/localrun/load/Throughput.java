package io.newsflow.localrun.load;

import java.util.Collection;

/**
 * Sustained throughput: articles completed per second between a starting completion and the last one. Counting
 * from a completion leaves start-up (JVM, models, connecting) out; leaving out the first {@code warmup}
 * completions too leaves out the JIT warm-up of the first few hundred articles (each takes several times the
 * steady cost until the enrichment code is compiled). The offline baseline and the pipeline are measured with
 * the same warm-up, so the two figures compare whatever their article counts.
 */
public final class Throughput {
    private Throughput() {
    }

    /** From the first completion: {@link #sustained(Collection, int)} with no warm-up. */
    public static double sustained(Collection<Long> completionTimesMs) {
        return sustained(completionTimesMs, 0);
    }

    /**
     * @param completionTimesMs when each article was completed (any order, wall-clock milliseconds)
     * @param warmup            how many of the earliest completions to leave out before the starting one
     * @return completions after the starting one (the earliest after the warm-up), per second until the last;
     *         0 when fewer than two completions remain or they span no time
     */
    public static double sustained(Collection<Long> completionTimesMs, int warmup) {
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must not be negative, not " + warmup);
        }
        long[] times = completionTimesMs.stream().mapToLong(Long::longValue).sorted().toArray();
        int counted = times.length - warmup;
        if (counted < 2) {
            return 0;
        }
        long spanMs = times[times.length - 1] - times[warmup];
        return spanMs <= 0 ? 0 : (counted - 1) * 1000.0 / spanMs;
    }

    /**
     * Steady state: the rate over the second half of the completions ({@link #sustained(Collection, int)} with
     * half of them as warm-up). The pipeline's three JVMs compile their hot code side by side on the same cores
     * for a minute or two, the offline command's one JVM alone for seconds; the second half of each run leaves
     * both warm-ups out in the same proportion of the work.
     */
    public static double secondHalf(Collection<Long> completionTimesMs) {
        return sustained(completionTimesMs, completionTimesMs.size() / 2);
    }
}
