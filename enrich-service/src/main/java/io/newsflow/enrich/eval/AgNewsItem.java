package io.newsflow.enrich.eval;

/**
 * One AG News row.
 *
 * @param record      the row's CSV record number in its file (a header is record 1), for finding it again
 * @param label       1 World, 2 Sports, 3 Business, 4 Sci/Tech
 * @param title       the headline
 * @param description the one-line description
 */
record AgNewsItem(int record, int label, String title, String description) {
}
