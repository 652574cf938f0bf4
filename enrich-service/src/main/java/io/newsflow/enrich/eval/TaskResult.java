package io.newsflow.enrich.eval;

/**
 * What one quality task measured.
 *
 * @param summaryLine one line, {@code task dataset metric=value ...}, for standard output
 * @param markdown    a section of {@code docs/quality.md} with the full figures
 */
record TaskResult(String summaryLine, String markdown) {
}
