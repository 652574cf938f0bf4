package io.newsflow.trends.trend;

/** A counted key and the name to show for it. */
public record NamedKey(String key, String label) {
}
