package io.newsflow.localrun.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Consumer lag over time: the samples of one phase in order, printed as a table with the enriched throughput
 * of each interval between two samples.
 */
public final class LagSeries {
    private final List<LagSample> samples = new ArrayList<>();

    /** @throws IllegalArgumentException when a sample is older than the one before */
    public synchronized void add(LagSample sample) {
        if (!samples.isEmpty() && sample.elapsedMs() < samples.get(samples.size() - 1).elapsedMs()) {
            throw new IllegalArgumentException("Samples must come in time order: " + sample.elapsedMs()
                    + " ms after " + samples.get(samples.size() - 1).elapsedMs() + " ms");
        }
        samples.add(sample);
    }

    public synchronized List<LagSample> samples() {
        return List.copyOf(samples);
    }

    /** The largest consumer lag sampled, or -1 when no sample had one. */
    public synchronized long maxConsumerLag() {
        return samples.stream().mapToLong(LagSample::consumerLag).max().orElse(-1);
    }

    /**
     * Articles enriched per second between each sample and the one before it (the first against the phase's
     * start, when nothing was enriched yet).
     */
    public synchronized List<Double> enrichedPerSecond() {
        List<Double> rates = new ArrayList<>();
        long previousMs = 0;
        int previousEnriched = 0;
        for (LagSample sample : samples) {
            long intervalMs = sample.elapsedMs() - previousMs;
            rates.add(intervalMs <= 0 ? 0.0 : (sample.enriched() - previousEnriched) * 1000.0 / intervalMs);
            previousMs = sample.elapsedMs();
            previousEnriched = sample.enriched();
        }
        return rates;
    }

    /** A Markdown table: time, acknowledged, enriched, consumer lag, in flight, enriched/s in the interval. */
    public synchronized String table() {
        StringBuilder table = new StringBuilder("| t (s) | acked | enriched | consumer lag | in flight | enriched/s |\n")
                .append("|---:|---:|---:|---:|---:|---:|\n");
        List<Double> rates = enrichedPerSecond();
        for (int i = 0; i < samples.size(); i++) {
            LagSample sample = samples.get(i);
            table.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %s | %d | %.1f |%n",
                    sample.elapsedMs() / 1000.0, sample.acked(), sample.enriched(),
                    sample.consumerLag() < 0 ? "?" : Long.toString(sample.consumerLag()), sample.inFlight(),
                    rates.get(i)));
        }
        return table.toString();
    }
}
