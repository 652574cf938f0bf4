package io.newsflow.localrun.load;

import java.util.Collection;
import java.util.LongSummaryStatistics;

/**
 * Sustained throughput: articles completed per second between the first and the last completion. Counting
 * from the first completion leaves start-up (JVM, models, connecting) out, the same way for the offline
 * baseline and for the pipeline, so the two figures compare.
 */
public final class Throughput {
    private Throughput() {
    }

    /**
     * @param completionTimesMs when each article was completed (any order, wall-clock milliseconds)
     * @return completions after the first, per second of the span; 0 with fewer than two completions or no span
     */
    public static double sustained(Collection<Long> completionTimesMs) {
        if (completionTimesMs.size() < 2) {
            return 0;
        }
        LongSummaryStatistics times = completionTimesMs.stream().mapToLong(Long::longValue).summaryStatistics();
        long spanMs = times.getMax() - times.getMin();
        return spanMs <= 0 ? 0 : (completionTimesMs.size() - 1) * 1000.0 / spanMs;
    }
}
