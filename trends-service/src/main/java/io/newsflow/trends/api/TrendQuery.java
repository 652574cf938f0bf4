package io.newsflow.trends.api;

import io.newsflow.trends.article.EntityKeys;
import io.newsflow.trends.trend.TrendView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters of a trending query. A filter counts only the window's articles that also name the topic, the place
 * or come from the source; with several filters the count is the smallest of the per-filter counts, an upper bound
 * of the articles matching all of them. A name search keeps the keys whose label or key contains it, compared as
 * entity keys compare names (case, accents and punctuation folded: "sao paulo" finds "São Paulo").
 */
record TrendQuery(String type, String topic, String place, String source, String name) {
    static final int MAX_NAME_LENGTH = 100;

    TrendQuery {
        name = name == null ? null : EntityKeys.foldName(name);
        if (name != null && name.isEmpty()) {
            name = null;
        }
    }

    long matching(TrendView view) {
        if (type != null && !type.equalsIgnoreCase(view.type())) {
            return 0;
        }
        if (name != null && !EntityKeys.foldName(view.label()).contains(name)
                && !EntityKeys.foldName(view.key()).contains(name)) {
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
