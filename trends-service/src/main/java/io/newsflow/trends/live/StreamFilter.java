package io.newsflow.trends.live;

/** What a stream subscriber asked for; null means no filter. */
public record StreamFilter(String topic, String entity, String place, String source, Double minSalience) {
}
