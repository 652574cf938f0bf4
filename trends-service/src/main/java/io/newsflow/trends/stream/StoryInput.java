package io.newsflow.trends.stream;

import io.newsflow.trends.story.StoryArticle;

/** What the story stage learns of an article: its current version, or null when it was retracted. */
public record StoryInput(String articleId, StoryArticle current) {
}
