package io.newsflow.enrich.eval;

/**
 * One AG News row.
 *
 * @param label       1 World, 2 Sports, 3 Business, 4 Sci/Tech
 * @param title       the headline
 * @param description the one-line description
 */
record AgNewsItem(int label, String title, String description) {
}
