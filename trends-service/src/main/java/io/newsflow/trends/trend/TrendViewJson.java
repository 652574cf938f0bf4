package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A window's {@link TrendView} as JSON, written straight from its aggregate: byte for byte what the project's Jackson
 * mapper writes for {@code TrendView.of(aggregate)} (tested), without the view's copies of the aggregate's maps and
 * without Jackson's per-property dispatch. The processor writes one for nearly every changed window five times a
 * second; building and serialising the views was a third of the stream thread's time (JFR, TrendsLagBenchmark).
 */
public final class TrendViewJson {
    private static final ThreadLocal<JsonBytes> PER_THREAD = ThreadLocal.withInitial(JsonBytes::new);
    private static final int MAX_INSTANT_TEXTS = 1024;
    private static final ThreadLocal<Map<Instant, String>> INSTANT_TEXTS = ThreadLocal.withInitial(HashMap::new);

    private TrendViewJson() {
    }

    public static byte[] write(TrendAggregate a) {
        JsonBytes json = PER_THREAD.get().clear();
        json.raw('{');
        json.name("dimension").string(a.dimension().name()).raw(',');
        json.name("key").string(a.key()).raw(',');
        json.name("label").string(a.label()).raw(',');
        json.name("type").string(a.type()).raw(',');
        json.name("window").string(a.window().label()).raw(',');
        json.name("windowStart").string(instantText(a.windowStart())).raw(',');
        json.name("windowEnd").string(instantText(a.windowEnd())).raw(',');
        json.name("articles").number(a.articles()).raw(',');
        json.name("mentions").number(a.mentions()).raw(',');
        Double meanSentiment = TrendView.rounded(a.meanSentiment());
        json.name("meanSentiment");
        if (meanSentiment == null) {
            json.nullValue();
        } else {
            json.number(meanSentiment);
        }
        json.raw(',');
        json.name("sources");
        counts(json, a.sources());
        json.raw(',').name("related").raw('[');
        List<TrendView.RelatedCount> related = TrendView.relatedShown(a);
        for (int i = 0; i < related.size(); i++) {
            TrendView.RelatedCount one = related.get(i);
            if (i > 0) {
                json.raw(',');
            }
            json.raw('{').name("key").string(one.key()).raw(',').name("label").string(one.label()).raw(',')
                    .name("articles").number(one.articles()).raw('}');
        }
        json.raw(']').raw(',').name("topics");
        counts(json, a.topics());
        json.raw(',').name("places");
        counts(json, a.places());
        json.raw(',').name("articleIds").raw('[');
        for (int i = 0; i < a.articleIds().size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            json.string(a.articleIds().get(i));
        }
        json.raw(']').raw(',').name("geo");
        geo(json, a.geo());
        return json.raw('}').toByteArray();
    }

    /**
     * {@link Instant#toString}, remembered: the views of one emit share a handful of window bounds, and formatting
     * them for every view was a few percent of the stream thread (JFR).
     */
    private static String instantText(Instant instant) {
        Map<Instant, String> texts = INSTANT_TEXTS.get();
        String text = texts.get(instant);
        if (text == null) {
            if (texts.size() >= MAX_INSTANT_TEXTS) {
                texts.clear();
            }
            text = instant.toString();
            texts.put(instant, text);
        }
        return text;
    }

    private static void counts(JsonBytes json, Map<String, Long> counts) {
        json.raw('{');
        boolean first = true;
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            if (!first) {
                json.raw(',');
            }
            first = false;
            json.name(count.getKey()).number(count.getValue());
        }
        json.raw('}');
    }

    private static void geo(JsonBytes json, PlaceGeo geo) {
        if (geo == null) {
            json.nullValue();
            return;
        }
        json.raw('{').name("kind").string(geo.kind()).raw(',').name("countryCode").string(geo.countryCode())
                .raw(',').name("latitude").number(geo.latitude()).raw(',').name("longitude").number(geo.longitude())
                .raw('}');
    }
}
