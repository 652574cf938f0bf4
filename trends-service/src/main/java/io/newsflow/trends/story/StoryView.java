package io.newsflow.trends.story;

import java.time.Instant;
import java.util.List;

/** A story as published on {@code newsflow.stories.v1} and answered by the API: its articles without signatures. */
public record StoryView(String id, String headline, Instant firstPublished, Instant lastPublished, int articleCount,
                        List<String> sources, List<String> entityKeys, List<Entry> articles) {

    public record Entry(String id, String sourceId, String headline, Instant publishedAt, String relation,
                        double similarity) {
    }

    public static StoryView of(Story story) {
        return new StoryView(story.id(), story.headline(), story.firstPublished(), story.lastPublished(),
                story.articles().size(), story.sources(), story.entityKeys(), story.articles().stream()
                .map(a -> new Entry(a.id(), a.sourceId(), a.headline(), a.publishedAt(), a.relation(),
                        Math.round(a.similarity() * 1000) / 1000.0))
                .toList());
    }
}
