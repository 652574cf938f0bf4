package io.newsflow.trends.trend;

import io.newsflow.trends.article.ArticleEntity;
import io.newsflow.trends.article.ArticleTopic;
import io.newsflow.trends.article.EnrichedArticle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one article version into its contributions to entity, topic and place trends. */
public final class ArticleContributions {
    /** how many of the article's most salient other entities count as co-occurring with each entity */
    static final int RELATED_PER_ARTICLE = 10;

    private ArticleContributions() {
    }

    public static List<Contribution> of(EnrichedArticle article, int sign) {
        if (article == null || article.retracted()) {
            return List.of();
        }
        Map<String, ArticleEntity> entities = distinctEntities(article.entities());
        List<String> topicCodes = article.topics().stream().map(ArticleTopic::qcode).distinct().toList();
        List<String> placeKeys = entities.values().stream().filter(ArticleEntity::isPlace)
                .map(ArticleEntity::key).toList();
        List<Contribution> contributions = new ArrayList<>();
        for (ArticleEntity entity : entities.values()) {
            Contribution contribution = new Contribution(Dimension.ENTITY, entity.key(), entity.name(), entity.type(),
                    article.publishedAt(), article.id(), article.sourceId(), sign, entity.mentions(),
                    entity.sentiment(), relatedTo(entity.key(), entities), topicCodes, placeKeys, entity.geo());
            contributions.add(contribution);
            if (entity.isPlace()) {
                contributions.add(new Contribution(Dimension.PLACE, entity.key(), entity.name(), entity.type(),
                        article.publishedAt(), article.id(), article.sourceId(), sign, entity.mentions(),
                        entity.sentiment(), contribution.related(), topicCodes, placeKeys, entity.geo()));
            }
        }
        Map<String, String> topicLabels = new LinkedHashMap<>();
        article.topics().forEach(topic -> topicLabels.putIfAbsent(topic.qcode(), topic.label()));
        topicLabels.forEach((qcode, label) -> contributions.add(new Contribution(Dimension.TOPIC, qcode, label,
                "TOPIC", article.publishedAt(), article.id(), article.sourceId(), sign, 1, article.tone(),
                relatedTo(null, entities), topicCodes, placeKeys, null)));
        return contributions;
    }

    /** Entities whose names fold to one key are one entity here: their mentions add up. */
    private static Map<String, ArticleEntity> distinctEntities(List<ArticleEntity> entities) {
        Map<String, ArticleEntity> byKey = new LinkedHashMap<>();
        for (ArticleEntity entity : entities) {
            byKey.merge(entity.key(), entity, (first, again) -> new ArticleEntity(first.key(), first.type(),
                    first.name(), first.salience() + again.salience(), first.mentions() + again.mentions(),
                    first.sentiment() != null ? first.sentiment() : again.sentiment(),
                    first.geo() != null ? first.geo() : again.geo()));
        }
        return byKey;
    }

    private static List<NamedKey> relatedTo(String self, Map<String, ArticleEntity> entities) {
        return entities.values().stream()
                .filter(entity -> !entity.key().equals(self))
                .limit(RELATED_PER_ARTICLE)
                .map(entity -> new NamedKey(entity.key(), entity.name()))
                .toList();
    }
}
