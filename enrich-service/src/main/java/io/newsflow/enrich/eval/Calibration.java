package io.newsflow.enrich.eval;

import java.util.Locale;

/**
 * How well the top topic's confidence matches how often it is right, in four confidence bands: a calibrated model
 * is right about as often as it is confident.
 */
final class Calibration {
    private static final double[] BAND_STARTS = {0, 0.5, 0.7, 0.9};
    private final int[] count = new int[BAND_STARTS.length];
    private final int[] right = new int[BAND_STARTS.length];
    private final double[] confidenceSum = new double[BAND_STARTS.length];

    void add(double confidence, boolean correct) {
        int band = 0;
        while (band + 1 < BAND_STARTS.length && confidence >= BAND_STARTS[band + 1]) {
            band++;
        }
        count[band]++;
        right[band] += correct ? 1 : 0;
        confidenceSum[band] += confidence;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("Calibration of the top topic's confidence:\n\n"
                + "| confidence | documents | mean confidence | share right |\n|---|---:|---:|---:|\n");
        for (int band = 0; band < BAND_STARTS.length; band++) {
            double end = band + 1 < BAND_STARTS.length ? BAND_STARTS[band + 1] : 1;
            md.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", BAND_STARTS[band], end,
                    count[band], count[band] == 0 ? "–" : String.format(Locale.ROOT, "%.3f",
                            confidenceSum[band] / count[band]),
                    count[band] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", (double) right[band] / count[band])));
        }
        return md.toString();
    }
}
