package io.newsflow.localrun.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which posted samples have come out of the pipeline. Fed from two threads: the one posting samples and
 * the one reading the output topics. An enriched event can arrive before its POST has been answered, so
 * every id seen is kept, not only the ones expected so far.
 */
public final class SampleProgress {
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Set<String> enriched = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();

    public synchronized void posted(PostResult result) {
        if (result.isAccepted()) {
            expected.put(result.articleId(), result.sample());
        } else {
            failures.add(result.sample() + " was rejected: " + result.detail());
        }
        notifyAll();
    }

    public synchronized void enriched(String articleId) {
        enriched.add(articleId);
        notifyAll();
    }

    public synchronized void deadLettered(String articleId, String reason) {
        if (expected.containsKey(articleId)) {
            failures.add(expected.get(articleId) + " (" + articleId + ") went to the dead-letter topic: " + reason);
        }
        notifyAll();
    }

    public synchronized int expectedCount() {
        return expected.size();
    }

    /** True once every accepted sample has come out enriched. */
    public synchronized boolean isComplete() {
        return enriched.containsAll(expected.keySet());
    }

    /** Samples that will never come out enriched: rejected by ingest or dead-lettered by enrich. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** {@code sample (id)} for every accepted sample not seen enriched yet. */
    public synchronized List<String> missing() {
        return expected.entrySet().stream()
                .filter(entry -> !enriched.contains(entry.getKey()))
                .map(entry -> entry.getValue() + " (" + entry.getKey() + ")")
                .toList();
    }

    /** Waits until complete, failed, or {@code millis} have passed; returns early on any news. */
    public synchronized void awaitChange(long millis) throws InterruptedException {
        if (!isComplete() && failures.isEmpty() && millis > 0) {
            wait(millis);
        }
    }
}
