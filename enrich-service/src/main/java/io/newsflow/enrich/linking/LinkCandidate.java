package io.newsflow.enrich.linking;

/**
 * What one name most often refers to on Wikipedia.
 *
 * @param title the article title in URL form ({@code Nicolás_Maduro})
 * @param prior the share of the name's links on Wikipedia and the web that point to this article, in (0, 1]
 */
public record LinkCandidate(String title, double prior) {
}
