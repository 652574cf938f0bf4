package io.newsflow.trends.trend;

/**
 * Shared boxes for the counts an aggregate's maps hold. {@code Long.valueOf} shares only -128..127; every busier
 * count got a new {@code Long} at each change, which lived until the next change of that count, often past a young
 * collection, and was then garbage in the old generation that only a full collection frees. Counts up to
 * {@value #SHARED} share one box each.
 */
public final class Counts {
    static final int SHARED = 65_536;
    private static final Long[] BOXES = new Long[SHARED];

    static {
        for (int i = 0; i < SHARED; i++) {
            BOXES[i] = (long) i;
        }
    }

    private Counts() {
    }

    public static Long boxed(long count) {
        return count >= 0 && count < SHARED ? BOXES[(int) count] : Long.valueOf(count);
    }

    /**
     * The {@code n}-th highest of the counts ({@code n} ≥ 1; {@link Long#MIN_VALUE} when there are fewer), by
     * insertion into an array of the {@code n} highest: most counts are below the lowest kept and cost one comparison
     * (sorting all of them was a tenth of the aggregate serde's time, JFR).
     */
    public static long nthHighest(Iterable<Long> counts, int n) {
        long[] highest = new long[n];
        int size = 0;
        for (long count : counts) {
            if (size == n && count <= highest[n - 1]) {
                continue;
            }
            int at = size == n ? n - 1 : size++;
            while (at > 0 && highest[at - 1] < count) {
                highest[at] = highest[at - 1];
                at--;
            }
            highest[at] = count;
        }
        return size < n ? Long.MIN_VALUE : highest[n - 1];
    }
}
