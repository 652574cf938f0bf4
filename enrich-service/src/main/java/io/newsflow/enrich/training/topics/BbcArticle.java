package io.newsflow.enrich.training.topics;

/**
 * One article of the BBC News dataset ({@code {id, category, title, text}} per line).
 *
 * @param id       e.g. {@code business/001.txt}
 * @param category one of business, entertainment, politics, sport, tech
 * @param title    the headline
 * @param text     the body
 */
public record BbcArticle(String id, String category, String title, String text) {
}
