package io.newsflow.localrun.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What one load phase measured.
 *
 * @param rate             the fixed push rate, or empty for the maximum
 * @param articles         distinct articles the phase pushed
 * @param acked            distinct articles ingest-service acknowledged
 * @param resent           pushes repeated after no answer or a non-202 answer
 * @param pushTime         from the first push to the last first-time push's answer
 * @param enrichedDistinct distinct articles of the phase on the enriched topic
 * @param enrichedTotal    records of the phase on the enriched topic
 * @param lost             acknowledged articles not on the enriched topic
 * @param throughput       sustained end-to-end throughput, articles/s ({@link Throughput#sustained})
 * @param eventLatency     enriched record timestamp - raw event receivedAt
 * @param visibleLatency   when the read_committed counter saw the record - raw event receivedAt
 */
record PhaseResult(String name, OptionalInt rate, int articles, int acked, int resent, Duration pushTime,
                   int enrichedDistinct, int enrichedTotal, int lost, double throughput, Percentiles eventLatency,
                   Percentiles visibleLatency, LagSeries lag) {

    int duplicates() {
        return enrichedTotal - enrichedDistinct;
    }

    /** Every article acknowledged and enriched exactly once. */
    boolean isExact() {
        return acked == articles && lost == 0 && duplicates() == 0 && enrichedDistinct == acked;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "phase=%s rate=%s articles=%d acked=%d enriched_distinct=%d enriched_total=%d "
                        + "lost=%d duplicates=%d resent=%d%n", name,
                rate.isPresent() ? rate.getAsInt() + "/s" : "max", articles, acked, enrichedDistinct, enrichedTotal,
                lost, duplicates(), resent);
        out.printf(Locale.ROOT, "phase=%s pushed in %.1f s (%.1f acknowledged/s); sustained end-to-end throughput "
                        + "%.1f articles/s; max consumer lag %d%n", name, pushTime.toMillis() / 1000.0,
                acked * 1000.0 / Math.max(1, pushTime.toMillis()), throughput, lag.maxConsumerLag());
        out.printf("phase=%s latency from event timestamps (enriched record time - receivedAt): %s%n", name,
                eventLatency.summary());
        out.printf("phase=%s latency until visible to a read_committed reader: %s%n", name, visibleLatency.summary());
        out.printf("phase=%s consumer lag over time:%n%s", name, lag.table());
    }
}
