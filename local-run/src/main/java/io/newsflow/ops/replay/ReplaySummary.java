package io.newsflow.ops.replay;

/**
 * What one replay did.
 *
 * @param scanned     dead letters read
 * @param selected    of those, the ones the selection matched
 * @param republished of those, the ones written to the raw topic and acknowledged (0 in a dry run)
 */
public record ReplaySummary(long scanned, long selected, long republished) {

    String describe(boolean dryRun) {
        return "scanned " + scanned + " dead letters, selected " + selected + ", "
                + (dryRun ? "re-published none (dry run)" : "re-published " + republished);
    }
}
