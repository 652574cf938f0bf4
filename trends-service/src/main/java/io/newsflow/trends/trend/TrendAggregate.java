package io.newsflow.trends.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count of one key in one window, as stored in the {@code trend-windows} state store. Every field is a
 * sum, so an article's contribution can be taken out again exactly when it is updated or retracted; only the two
 * bounded parts are approximate: co-occurring entities keep the {@value #MAX_RELATED} most frequent, and article
 * ids the {@value #MAX_ARTICLE_IDS} most recently added that are still counted.
 */
public record TrendAggregate(Dimension dimension, String key, String label, String type, TrendWindow window,
                             Instant windowStart, long articles, long mentions, double sentimentSum,
                             long sentimentCount, Map<String, Long> sources, Map<String, Long> related,
                             Map<String, String> relatedLabels, Map<String, Long> topics, Map<String, Long> places,
                             List<String> articleIds) {
    static final int MAX_RELATED = 200;
    static final int MAX_ARTICLE_IDS = 10;

    public static TrendAggregate empty(Contribution first, TrendWindow window, Instant windowStart) {
        return new TrendAggregate(first.dimension(), first.key(), first.label(), first.type(), window, windowStart,
                0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    public TrendAggregate plus(Contribution c) {
        int sign = c.sign();
        boolean hasSentiment = c.sentiment() != null;
        Map<String, Long> newRelated = trimmed(addAll(related, c.related().stream().map(NamedKey::key).toList(), sign));
        Map<String, String> newLabels = new LinkedHashMap<>(relatedLabels);
        c.related().forEach(named -> newLabels.put(named.key(), named.label()));
        newLabels.keySet().retainAll(newRelated.keySet());
        List<String> ids = new ArrayList<>(articleIds);
        ids.remove(c.articleId());
        if (sign > 0) {
            ids.add(0, c.articleId());
        }
        return new TrendAggregate(dimension, key, sign > 0 ? c.label() : label, sign > 0 ? c.type() : type, window,
                windowStart, articles + sign, mentions + (long) sign * c.mentions(),
                sentimentSum + (hasSentiment ? sign * c.sentiment() : 0),
                sentimentCount + (hasSentiment ? sign : 0),
                addAll(sources, List.of(c.sourceId()), sign), newRelated, newLabels,
                addAll(topics, c.topics(), sign), addAll(places, c.places(), sign),
                List.copyOf(ids.subList(0, Math.min(ids.size(), MAX_ARTICLE_IDS))));
    }

    /** No article counts here any more: the window can be deleted. */
    public boolean isEmpty() {
        return articles <= 0;
    }

    public Double meanSentiment() {
        return sentimentCount > 0 ? sentimentSum / sentimentCount : null;
    }

    public Instant windowEnd() {
        return windowStart.plus(window.size());
    }

    private static Map<String, Long> addAll(Map<String, Long> counts, List<String> keys, int sign) {
        Map<String, Long> result = new LinkedHashMap<>(counts);
        for (String key : keys.stream().distinct().toList()) {
            long value = result.getOrDefault(key, 0L) + sign;
            if (value > 0) {
                result.put(key, value);
            } else {
                result.remove(key);
            }
        }
        return result;
    }

    private static Map<String, Long> trimmed(Map<String, Long> counts) {
        if (counts.size() <= MAX_RELATED) {
            return counts;
        }
        Map<String, Long> kept = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_RELATED)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return kept;
    }
}
