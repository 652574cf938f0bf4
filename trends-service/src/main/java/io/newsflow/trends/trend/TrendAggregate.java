package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count of one key in one window, as stored in the {@code trend-windows} state store. Every field is a
 * sum, so an article's contribution can be taken out again exactly when it is updated or retracted; only the two
 * bounded parts are approximate: co-occurring entities, sources, topics and places keep the {@value #MAX_COUNTED}
 * most frequent of each (the latest added among equal counts), and article ids the {@value #MAX_ARTICLE_IDS} most
 * recently added that are still counted. The record's maps are plain mutable maps: {@link #absorb} changes them in place for the one processor
 * that owns the aggregate; everything else treats an aggregate as a value. {@code geo} is where the place is, as the
 * latest counted article's event located it (null for other keys and places never located).
 */
public record TrendAggregate(Dimension dimension, String key, String label, String type, TrendWindow window,
                             Instant windowStart, long articles, long mentions, double sentimentSum,
                             long sentimentCount, Map<String, Long> sources, Map<String, Long> related,
                             Map<String, String> relatedLabels, Map<String, Long> topics, Map<String, Long> places,
                             List<String> articleIds, PlaceGeo geo) {
    /** the most co-occurring entities, sources, topics and places one window keeps (ADR 0014, ADR 0032) */
    static final int MAX_COUNTED = 100;
    static final int MAX_ARTICLE_IDS = 10;

    public static TrendAggregate empty(Contribution first, TrendWindow window, Instant windowStart) {
        return new TrendAggregate(first.dimension(), first.key(), first.label(), first.type(), window, windowStart,
                0, 0, 0, 0, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new ArrayList<>(), null);
    }

    /**
     * This aggregate with the contribution added (or, with sign -1, taken out) and {@link #trimToBounds trimmed};
     * this one stays as it was.
     */
    public TrendAggregate plus(Contribution c) {
        TrendAggregate sum = mutableCopy().absorb(c);
        sum.trimToBounds();
        return sum;
    }

    /** A copy whose maps and list are its own and can be changed: the starting point of {@link #absorb}. */
    public TrendAggregate mutableCopy() {
        return new TrendAggregate(dimension, key, label, type, window, windowStart, articles, mentions, sentimentSum,
                sentimentCount, new LinkedHashMap<>(sources), new LinkedHashMap<>(related),
                new LinkedHashMap<>(relatedLabels), new LinkedHashMap<>(topics), new LinkedHashMap<>(places),
                new ArrayList<>(articleIds), geo);
    }

    /**
     * Adds the contribution by changing this aggregate's maps and list in place, and returns the aggregate with the
     * new totals, which shares them: this one must not be used afterwards. The maps may grow past their bounds
     * until {@link #trimToBounds} (the processor trims each changed window once, before it writes it). Only for an
     * aggregate from {@link #mutableCopy} or {@link #empty} that nothing else holds. Copying a popular key's few hundred
     * co-occurring entities for every contribution was a fifth of the stream thread's time (JFR, docs/benchmarks.md).
     */
    public TrendAggregate absorb(Contribution c) {
        int sign = c.sign();
        boolean hasSentiment = c.sentiment() != null;
        CanonicalStrings canonical = CanonicalStrings.forThisThread();
        List<NamedKey> relatedHere = c.related();
        for (int i = 0; i < relatedHere.size(); i++) {
            NamedKey named = relatedHere.get(i);
            if (isRepeated(relatedHere, i)) {
                continue;
            }
            String relatedKey = canonical.of(named.key());
            if (addOne(related, relatedKey, sign)) {
                relatedLabels.put(relatedKey, canonical.of(named.label()));
            } else {
                relatedLabels.remove(relatedKey);
            }
        }
        addOne(sources, canonical.of(c.sourceId()), sign);
        addDistinct(topics, c.topics(), sign, canonical);
        addDistinct(places, c.places(), sign, canonical);
        String articleId = canonical.of(c.articleId());
        articleIds.remove(articleId);
        if (sign > 0) {
            articleIds.add(0, articleId);
        }
        while (articleIds.size() > MAX_ARTICLE_IDS) {
            articleIds.remove(articleIds.size() - 1);
        }
        return new TrendAggregate(dimension, key, sign > 0 ? canonical.of(c.label()) : label,
                sign > 0 ? canonical.of(c.type()) : type, window,
                windowStart, articles + sign, mentions + (long) sign * c.mentions(),
                sentimentSum + (hasSentiment ? sign * c.sentiment() : 0),
                sentimentCount + (hasSentiment ? sign : 0),
                sources, related, relatedLabels, topics, places, articleIds,
                sign > 0 && c.geo() != null ? c.geo() : geo);
    }

    /**
     * Keeps the {@value #MAX_COUNTED} most frequent co-occurring entities (and their labels), sources, topics and
     * places; a busy key's day window otherwise names every place its articles named, and was written in full at
     * each change (the topics' day windows held hundreds of places in TrendsLagBenchmark, ADR 0032). A filter by a
     * place, topic or source beyond a window's hundred most frequent counts that window as naming it in no article.
     */
    public void trimToBounds() {
        trim(related, relatedLabels);
        trim(sources, null);
        trim(topics, null);
        trim(places, null);
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

    /** Adds sign to one count, removing it at zero; true when the key is still counted. */
    private static boolean addOne(Map<String, Long> counts, String key, int sign) {
        long value = counts.getOrDefault(key, 0L) + sign;
        if (value > 0) {
            counts.put(key, Counts.boxed(value));
            return true;
        }
        counts.remove(key);
        return false;
    }

    private static boolean isRepeated(List<NamedKey> named, int index) {
        for (int i = 0; i < index; i++) {
            if (named.get(i).key().equals(named.get(index).key())) {
                return true;
            }
        }
        return false;
    }

    private static void addDistinct(Map<String, Long> counts, List<String> keys, int sign,
                                    CanonicalStrings canonical) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.indexOf(keys.get(i)) == i) {
                addOne(counts, canonical.of(keys.get(i)), sign);
            }
        }
    }

    /**
     * Keeps the {@value #MAX_COUNTED} highest counts; among equal counts the latest added stay, so an entity that
     * starts co-occurring when the window is already full can still rise (keeping the earliest instead froze a busy
     * key's list after its first twenty articles). Linear, without sorting: drops the earliest added of those with
     * the lowest count; new keys come in at the lowest count (one), so one pass usually suffices.
     */
    private static void trim(Map<String, Long> counts, Map<String, String> labels) {
        while (counts.size() > MAX_COUNTED) {
            long lowest = Long.MAX_VALUE;
            for (long count : counts.values()) {
                lowest = Math.min(lowest, count);
                if (lowest == 1) {
                    break;   // no count is lower
                }
            }
            int excess = counts.size() - MAX_COUNTED;
            for (Iterator<Map.Entry<String, Long>> it = counts.entrySet().iterator(); excess > 0 && it.hasNext(); ) {
                Map.Entry<String, Long> entry = it.next();
                if (entry.getValue() == lowest) {
                    if (labels != null) {
                        labels.remove(entry.getKey());
                    }
                    it.remove();
                    excess--;
                }
            }
        }
    }
}
