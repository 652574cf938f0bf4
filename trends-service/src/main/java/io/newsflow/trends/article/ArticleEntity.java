package io.newsflow.trends.article;

/**
 * One entity of an article as trends-service counts it.
 *
 * @param key       cross-article key ({@link EntityKeys})
 * @param type      PERSON, ORGANIZATION, LOCATION or MISC
 * @param name      the article's canonical name for it
 * @param salience  share of the article's attention, in (0, 1]
 * @param mentions  how often the article mentions it
 * @param sentiment how the article treats it, in [-1, 1]; null when the sentiment stage did not run
 * @param geo       where a place is; null for other entities and places the {@code places} stage did not find
 */
public record ArticleEntity(String key, String type, String name, double salience, int mentions, Double sentiment,
                            PlaceGeo geo) {

    public boolean isPlace() {
        return "LOCATION".equals(type);
    }
}
