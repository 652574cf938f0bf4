package io.newsflow.trends.trend;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One key's count in one window, as published on the {@code newsflow.trends.*.v1} topics and answered by the API.
 *
 * @param related the most frequent co-occurring entities, most frequent first
 */
public record TrendView(String dimension, String key, String label, String type, String window,
                        Instant windowStart, Instant windowEnd, long articles, long mentions, Double meanSentiment,
                        Map<String, Long> sources, List<RelatedCount> related, Map<String, Long> topics,
                        Map<String, Long> places, List<String> articleIds) {
    static final int RELATED_SHOWN = 10;

    public record RelatedCount(String key, String label, long articles) {
    }

    public static TrendView of(TrendAggregate aggregate) {
        List<RelatedCount> related = aggregate.related().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RELATED_SHOWN)
                .map(entry -> new RelatedCount(entry.getKey(),
                        aggregate.relatedLabels().getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .toList();
        return new TrendView(aggregate.dimension().name(), aggregate.key(), aggregate.label(), aggregate.type(),
                aggregate.window().label(), aggregate.windowStart(), aggregate.windowEnd(), aggregate.articles(),
                aggregate.mentions(), rounded(aggregate.meanSentiment()), aggregate.sources(), related, aggregate.topics(),
                aggregate.places(), aggregate.articleIds());
    }

    /** Three decimals, as every newsflow score is shown; also hides the float residue of adding and taking out. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    /** The record key on the trends topics: {@code <key>|<window>|<window start>}. */
    public static String topicKey(String key, TrendWindow window, Instant windowStart) {
        return key + "|" + window.label() + "|" + windowStart;
    }
}
