package io.newsflow.ingest.versions;

/**
 * A snapshot of the published versions this replica holds, for metrics and tests.
 *
 * @param loaded            every partition has been read up to the end it had when the reader started
 * @param notLoadedReason   why not loaded yet, in words an operator can act on; null when loaded
 * @param records           article ids held
 * @param recordsRead       records read from the topic since start
 * @param unreadableRecords records skipped because they could not be read
 */
public record VersionsStatus(boolean loaded, String notLoadedReason, long records, long recordsRead,
                             long unreadableRecords) {
}
