package io.newsflow.localrun.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one load phase measured.
 *
 * @param rate             the fixed push rate, or empty for the maximum
 * @param mode             how the phase pushed: closed loop with its backlog limit, open loop or fixed rate
 * @param gateWaited       time the pushers waited for the backlog to go down (closed loop), summed over them
 * @param articles         distinct articles the phase pushed
 * @param acked            distinct articles ingest-service acknowledged
 * @param resent           pushes repeated after no answer or a non-202 answer
 * @param pushTime         from the first push to the last first-time push's answer
 * @param enrichedDistinct distinct articles of the phase on the enriched topic
 * @param enrichedTotal    records of the phase on the enriched topic
 * @param lost             acknowledged articles not on the enriched topic
 * @param warmup           completions left out at the start of the throughput and of the CPU per article
 * @param throughput       sustained end-to-end throughput after the warm-up, articles/s
 *                         ({@link Throughput#sustained(java.util.Collection, int)})
 * @param secondHalf       end-to-end articles/s over the second half of the completions ({@link Throughput#secondHalf})
 * @param enrichCpuMs      enrich-service's CPU time per enriched article after the warm-up
 * @param ingestCpuMs      ingest-service's CPU time per enriched article over the same span
 * @param brokerCpuMs      the broker's CPU time per enriched article over the same span
 * @param loadAtStart      load average when the phase began pushing
 * @param loadAtEnd        load average when every article was enriched
 * @param eventLatency     enriched record timestamp - raw event receivedAt
 * @param visibleLatency   when the read_committed counter saw the record - raw event receivedAt
 * @param ingestTransactions how many Kafka transactions ingest-service used in the phase, as {@link IngestTransactions}
 *                         says it
 */
record PhaseResult(String name, OptionalInt rate, String mode, Duration gateWaited, int articles, int acked,
                   int resent, Duration pushTime, int enrichedDistinct, int enrichedTotal, int lost, int warmup,
                   double throughput, double secondHalf, OptionalDouble enrichCpuMs, OptionalDouble ingestCpuMs,
                   OptionalDouble brokerCpuMs, String loadAtStart, String loadAtEnd, Percentiles eventLatency,
                   Percentiles visibleLatency, LagSeries lag, String ingestTransactions) {

    int duplicates() {
        return enrichedTotal - enrichedDistinct;
    }

    /** Every article acknowledged and enriched exactly once. */
    boolean isExact() {
        return acked == articles && lost == 0 && duplicates() == 0 && enrichedDistinct == acked;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "phase=%s rate=%s mode=%s articles=%d acked=%d enriched_distinct=%d "
                        + "enriched_total=%d lost=%d duplicates=%d resent=%d%n", name,
                rate.isPresent() ? rate.getAsInt() + "/s" : "max", mode, articles, acked, enrichedDistinct,
                enrichedTotal, lost, duplicates(), resent);
        out.printf(Locale.ROOT, "phase=%s load average %s at the start, %s at the end%n", name, loadAtStart,
                loadAtEnd);
        out.printf(Locale.ROOT, "phase=%s pushed in %.1f s (%.1f acknowledged/s%s); sustained end-to-end "
                        + "throughput %.1f articles/s (after the first %d); max consumer lag %d%n", name,
                pushTime.toMillis() / 1000.0, acked * 1000.0 / Math.max(1, pushTime.toMillis()),
                mode.startsWith("closed") ? String.format(Locale.ROOT, ", pushers waited %.1f s on the backlog",
                        gateWaited.toMillis() / 1000.0) : "",
                throughput, warmup, lag.maxConsumerLag());
        out.printf("phase=%s %s%n", name, ingestTransactions);
        out.printf(Locale.ROOT, "phase=%s CPU time per enriched article after the first %d: enrich-service %s, "
                        + "ingest-service %s, broker %s%n", name, warmup, millis(enrichCpuMs), millis(ingestCpuMs),
                millis(brokerCpuMs));
        out.printf("phase=%s latency from event timestamps (enriched record time - receivedAt): %s%n", name,
                eventLatency.summary());
        out.printf("phase=%s latency until visible to a read_committed reader: %s%n", name, visibleLatency.summary());
        out.printf("phase=%s consumer lag over time:%n%s", name, lag.table());
    }

    static String millis(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f ms", value.getAsDouble()) : "?";
    }
}
