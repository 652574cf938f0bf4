package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return new TrendView(aggregate.dimension().name(), aggregate.key(), aggregate.label(), aggregate.type(),
                aggregate.window().label(), aggregate.windowStart(), aggregate.windowEnd(), aggregate.articles(),
                aggregate.mentions(), rounded(aggregate.meanSentiment()), new LinkedHashMap<>(aggregate.sources()),
                relatedShown(aggregate), new LinkedHashMap<>(aggregate.topics()),
                new LinkedHashMap<>(aggregate.places()), List.copyOf(aggregate.articleIds()), aggregate.geo());
    }

    /** The {@value #RELATED_SHOWN} co-occurring entities a view shows, most frequent first. */
    static List<RelatedCount> relatedShown(TrendAggregate aggregate) {
        return mostFrequent(aggregate.related(), RELATED_SHOWN).stream()
                .map(entry -> new RelatedCount(entry.getKey(),
                        aggregate.relatedLabels().getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .toList();
    }

    /**
     * The {@code limit} highest counts, highest first, ties by key: insertion into a sorted array of {@code limit}
     * entries rather than sorting the hundred an aggregate keeps, since this runs for every changed window five times
     * a second. Most entries count less than the lowest kept, and one comparison of numbers rejects them.
     */
    private static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts, int limit) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Long>[] best = new Map.Entry[limit];
        long[] bestCounts = new long[limit];
        int size = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            long count = entry.getValue();
            if (size == limit && !ranksBefore(count, entry.getKey(), bestCounts[limit - 1], best[limit - 1].getKey())) {
                continue;
            }
            int at = size == limit ? limit - 1 : size++;
            while (at > 0 && ranksBefore(count, entry.getKey(), bestCounts[at - 1], best[at - 1].getKey())) {
                best[at] = best[at - 1];
                bestCounts[at] = bestCounts[at - 1];
                at--;
            }
            best[at] = entry;
            bestCounts[at] = count;
        }
        return Arrays.asList(best).subList(0, size);
    }

    private static boolean ranksBefore(long count, String key, long otherCount, String otherKey) {
        return count > otherCount || count == otherCount && key.compareTo(otherKey) < 0;
    }

    /** Three decimals, as every newsflow score is shown; also hides the float residue of adding and taking out. */
    static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    /** The record key on the trends topics: {@code <key>|<window>|<window start>}. */
    public static String topicKey(String key, TrendWindow window, Instant windowStart) {
        return key + "|" + window.label() + "|" + windowStart;
    }
}
