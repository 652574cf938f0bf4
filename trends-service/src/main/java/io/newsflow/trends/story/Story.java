package io.newsflow.trends.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles grouped as one story, across sources: as published on {@code newsflow.stories.v1} and kept in the
 * {@code stories} store. The headline is the latest article's.
 */
public record Story(String id, String headline, Instant firstPublished, Instant lastPublished,
                    List<String> sources, List<String> entityKeys, List<StoryArticle> articles) {
    static final int ENTITY_KEYS_SHOWN = 10;

    public static Story of(String id, List<StoryArticle> articles) {
        List<StoryArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(StoryArticle::publishedAt).thenComparing(StoryArticle::id));
        Map<String, Long> entityCounts = new LinkedHashMap<>();
        ordered.forEach(article -> article.entityKeys().forEach(key -> entityCounts.merge(key, 1L, Long::sum)));
        List<String> entityKeys = entityCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(ENTITY_KEYS_SHOWN).map(Map.Entry::getKey).toList();
        StoryArticle latest = ordered.get(ordered.size() - 1);
        return new Story(id, latest.headline(), ordered.get(0).publishedAt(), latest.publishedAt(),
                ordered.stream().map(StoryArticle::sourceId).distinct().toList(), entityKeys, List.copyOf(ordered));
    }

    public Story without(String articleId) {
        List<StoryArticle> rest = articles.stream().filter(article -> !article.id().equals(articleId)).toList();
        return rest.isEmpty() ? null : of(id, rest);
    }

    public Story with(StoryArticle article) {
        List<StoryArticle> rest = new ArrayList<>(articles.stream()
                .filter(existing -> !existing.id().equals(article.id())).toList());
        rest.add(article);
        return of(id, rest);
    }
}
