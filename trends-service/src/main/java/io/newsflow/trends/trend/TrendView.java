package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One key's count in one window, as published on the {@code newsflow.trends.*.v1} topics and answered by the API.
 *
 * @param related the most frequent co-occurring entities, most frequent first
 * @param geo     where a place is (kind, ISO country code, coordinates), null when its articles' events did not say
 */
public record TrendView(String dimension, String key, String label, String type, String window,
                        Instant windowStart, Instant windowEnd, long articles, long mentions, Double meanSentiment,
                        Map<String, Long> sources, List<RelatedCount> related, Map<String, Long> topics,
                        Map<String, Long> places, List<String> articleIds, PlaceGeo geo) {
    static final int RELATED_SHOWN = 10;

    public record RelatedCount(String key, String label, long articles) {
    }

    /** A view of the aggregate as it is now: the view has its own copies, so later changes do not reach it. */
    public static TrendView of(TrendAggregate aggregate) {
        List<RelatedCount> related = mostFrequent(aggregate.related(), RELATED_SHOWN).stream()
                .map(entry -> new RelatedCount(entry.getKey(),
                        aggregate.relatedLabels().getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .toList();
        return new TrendView(aggregate.dimension().name(), aggregate.key(), aggregate.label(), aggregate.type(),
                aggregate.window().label(), aggregate.windowStart(), aggregate.windowEnd(), aggregate.articles(),
                aggregate.mentions(), rounded(aggregate.meanSentiment()), new LinkedHashMap<>(aggregate.sources()),
                related, new LinkedHashMap<>(aggregate.topics()), new LinkedHashMap<>(aggregate.places()),
                List.copyOf(aggregate.articleIds()), aggregate.geo());
    }

    private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT_FIRST =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * The {@code limit} highest counts, highest first, ties by key. A heap of {@code limit} entries rather than
     * sorting the few hundred an aggregate keeps: this runs for every changed window several times a second.
     */
    private static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts, int limit) {
        PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(limit + 1, MOST_FREQUENT_FIRST.reversed());
        long lowestKept = Long.MIN_VALUE;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (best.size() < limit) {
                best.add(entry);
                lowestKept = best.peek().getValue();
            } else if (entry.getValue() >= lowestKept && MOST_FREQUENT_FIRST.compare(entry, best.peek()) < 0) {
                // most entries count less than the tenth highest: one comparison of numbers rejects them
                best.poll();
                best.add(entry);
                lowestKept = best.peek().getValue();
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(best);
        sorted.sort(MOST_FREQUENT_FIRST);
        return sorted;
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
