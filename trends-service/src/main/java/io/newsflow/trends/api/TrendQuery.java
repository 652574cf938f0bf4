package io.newsflow.trends.api;

import io.newsflow.trends.trend.TrendView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters of a trending query. A filter counts only the window's articles that also name the topic, the place
 * or come from the source; with several filters the count is the smallest of the per-filter counts, an upper bound
 * of the articles matching all of them.
 */
record TrendQuery(String type, String topic, String place, String source) {

    long matching(TrendView view) {
        if (type != null && !type.equalsIgnoreCase(view.type())) {
            return 0;
        }
        List<Long> counts = new ArrayList<>();
        counts.add(view.articles());
        counts.add(count(view.topics(), topic));
        counts.add(count(view.places(), place));
        counts.add(count(view.sources(), source));
        return counts.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long count(Map<String, Long> counts, String wanted) {
        return wanted == null ? Long.MAX_VALUE : counts.getOrDefault(wanted, 0L);
    }
}
