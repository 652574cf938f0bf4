package io.newsflow.trends.article;

/** An IPTC Media Topic of an article: QCode ({@code medtop:...}) and English label. */
public record ArticleTopic(String qcode, String label) {
}
