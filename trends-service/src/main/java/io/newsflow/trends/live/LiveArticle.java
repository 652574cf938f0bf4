package io.newsflow.trends.live;

import io.newsflow.trends.article.ArticleEntity;
import io.newsflow.trends.article.ArticleTopic;
import io.newsflow.trends.article.EnrichedArticle;

import java.time.Instant;
import java.util.List;

/**
 * An enriched article as the stream sends it: what a live list shows (headline, source, time, tone, top entities
 * and topics), not the whole event.
 */
public record LiveArticle(String id, String version, boolean retracted, String sourceId, String sourceName,
                          String headline, Instant publishedAt, Instant versionCreated, Double tone,
                          List<ArticleEntity> entities, List<ArticleTopic> topics) {
    static final int ENTITIES_SENT = 8;

    static LiveArticle of(EnrichedArticle article) {
        return new LiveArticle(article.id(), article.version(), article.retracted(), article.sourceId(),
                article.sourceName(), article.headline(), article.publishedAt(), article.versionCreated(),
                article.tone(), article.entities().stream().limit(ENTITIES_SENT).toList(), article.topics());
    }

    /** Whether the article passes a subscriber's filters (null filters pass everything). */
    boolean matches(StreamFilter filter) {
        if (filter.source() != null && !filter.source().equals(sourceId)) {
            return false;
        }
        if (filter.topic() != null && topics.stream().noneMatch(topic -> topic.qcode().equals(filter.topic()))) {
            return false;
        }
        if (filter.place() != null && entities.stream()
                .noneMatch(entity -> entity.isPlace() && entity.key().equals(filter.place()))) {
            return false;
        }
        if (filter.entity() != null || filter.minSalience() != null) {
            double min = filter.minSalience() == null ? 0 : filter.minSalience();
            return entities.stream().anyMatch(entity -> (filter.entity() == null
                    || entity.key().equals(filter.entity())) && entity.salience() >= min);
        }
        return true;
    }
}
