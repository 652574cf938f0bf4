package io.newsflow.localrun.load;

import java.util.Arrays;
import java.util.Collection;

/**
 * Latency percentiles by the nearest-rank method: p is the smallest value that at least p % of the values are
 * less than or equal to. No interpolation, so every figure reported is one that was actually measured.
 */
public final class Percentiles {
    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(Collection<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * @param percent in (0, 100]
     * @throws IllegalStateException when there are no values
     */
    public long at(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile lies in (0, 100], not " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("No values to take a percentile of");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    public long max() {
        return at(100);
    }

    /** {@code p50=… ms p95=… ms p99=… ms max=… ms}, or {@code no values}. */
    public String summary() {
        if (sorted.length == 0) {
            return "no values";
        }
        return "p50=" + at(50) + " ms p95=" + at(95) + " ms p99=" + at(99) + " ms max=" + max() + " ms";
    }
}
