package io.newsflow.trends.trend;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct string, per thread: the entity keys, labels, sources and article ids an aggregate keeps.
 * Each contribution arrives as freshly parsed JSON, so without this every window of every key held its own copies,
 * scattered over the heap: writing an aggregate or its view then missed the CPU cache at nearly every string (JFR:
 * the string loops of the store and view writers were the largest part of the stream thread's samples, about 38 %,
 * whatever the aggregate's size; with shared strings they left the top of the profile), and the copies replaced at
 * every contribution were garbage. Bounded: emptied when it holds
 * {@value #MAX_STRINGS} strings, after which the strings in use are shared again as they come.
 */
final class CanonicalStrings {
    static final int MAX_STRINGS = 65_536;
    private static final ThreadLocal<CanonicalStrings> PER_THREAD = ThreadLocal.withInitial(CanonicalStrings::new);

    private final Map<String, String> strings = new HashMap<>();

    static CanonicalStrings forThisThread() {
        return PER_THREAD.get();
    }

    /** The instance of this string the thread already holds, or this one, which becomes it. */
    String of(String value) {
        if (value == null) {
            return null;
        }
        String known = strings.putIfAbsent(value, value);
        if (known != null) {
            return known;
        }
        if (strings.size() > MAX_STRINGS) {
            strings.clear();
            strings.put(value, value);
        }
        return value;
    }

    int size() {
        return strings.size();
    }
}
