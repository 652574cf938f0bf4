package io.newsflow.trends.story;

import java.time.Instant;
import java.util.List;

/**
 * An article as the story matcher and a story remember it.
 *
 * @param entityKeys the article's most salient entity keys
 * @param relation   {@code first} for the article that started the story, {@code near-duplicate} or
 *                   {@code follow-up} for the others
 * @param similarity estimated text similarity to the article it joined through (1 for the first)
 */
public record StoryArticle(String id, String sourceId, String headline, Instant publishedAt, long[] signature,
                           List<String> entityKeys, String relation, double similarity) {

    public StoryArticle joining(String newRelation, double newSimilarity) {
        return new StoryArticle(id, sourceId, headline, publishedAt, signature, entityKeys, newRelation,
                newSimilarity);
    }
}
