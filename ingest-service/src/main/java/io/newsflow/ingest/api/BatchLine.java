package io.newsflow.ingest.api;

/**
 * One non-blank line of an NDJSON batch, as the bytes sent (without the line break); {@code number} counts
 * every line from 1, blank ones included.
 */
record BatchLine(int number, byte[] json) {
}
