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
}
