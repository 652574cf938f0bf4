package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;

import java.time.Instant;
import java.util.List;

/**
 * What one article version adds to ({@code sign} +1) or takes away from ({@code sign} -1) the trend of one key:
 * an update is the old version's contributions with sign -1 followed by the new one's with +1, a retraction only
 * the -1 half.
 *
 * @param sentiment the entity's (or, for topics, the article's) sentiment in [-1, 1], or null
 * @param related   the article's other entities, for co-occurrence
 * @param topics    the article's topic QCodes
 * @param places    the article's place keys
 * @param geo       where the place is, for a place the article's event located; otherwise null
 */
public record Contribution(Dimension dimension, String key, String label, String type, Instant publishedAt,
                           String articleId, String sourceId, int sign, int mentions, Double sentiment,
                           List<NamedKey> related, List<String> topics, List<String> places, PlaceGeo geo) {

    /** The key the contributions are repartitioned and stored by: every window of one key lives on one partition. */
    public String partitionKey() {
        return partitionKey(dimension, key);
    }

    public static String partitionKey(Dimension dimension, String key) {
        return dimension.name() + "|" + key;
    }
}
