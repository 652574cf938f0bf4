package io.newsflow.enrich.training.topics;

import java.util.List;

/** Fits p = 1 / (1 + exp(-(a·score + b))) to scored examples by Newton's method on the log-likelihood. */
final class PlattScaling {
    private static final int ITERATIONS = 50;
    /** Keeps the Hessian invertible when the examples are (nearly) separable. */
    private static final double RIDGE = 1e-6;

    private PlattScaling() {
    }

    /**
     * @param examples each {score, label} with label 1 or 0
     * @return {a, b}
     */
    static double[] fit(List<double[]> examples) {
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double gradientA = 0;
            double gradientB = 0;
            double haa = RIDGE;
            double hab = 0;
            double hbb = RIDGE;
            for (double[] example : examples) {
                double p = 1 / (1 + Math.exp(-(a * example[0] + b)));
                double error = p - example[1];
                double weight = p * (1 - p);
                gradientA += error * example[0];
                gradientB += error;
                haa += weight * example[0] * example[0];
                hab += weight * example[0];
                hbb += weight;
            }
            double determinant = haa * hbb - hab * hab;
            double stepA = (hbb * gradientA - hab * gradientB) / determinant;
            double stepB = (haa * gradientB - hab * gradientA) / determinant;
            a -= stepA;
            b -= stepB;
            if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
