package io.newsflow.localrun.load;

/**
 * One look at the pipeline during a load phase.
 *
 * @param elapsedMs     since the phase began pushing
 * @param acked         articles of the phase ingest-service has acknowledged (202) so far
 * @param enriched      distinct articles of the phase seen on the enriched topic so far (read_committed)
 * @param consumerLag   enrich-service's consumer group lag on the raw topic: committed offsets behind the last
 *                      stable offsets, summed over partitions; -1 when the broker did not answer in time
 */
public record LagSample(long elapsedMs, int acked, int enriched, long consumerLag) {

    /** Acknowledged but not yet visible as enriched: what a reader of the enriched topic is waiting for. */
    public int inFlight() {
        return Math.max(0, acked - enriched);
    }
}
