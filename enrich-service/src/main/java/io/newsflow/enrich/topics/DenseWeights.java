package io.newsflow.enrich.topics;

/**
 * A logistic-regression scorer with a weight for every vocabulary term (level-1 topics).
 *
 * @param weights         the weight of each vocabulary term
 * @param bias            the intercept
 * @param standardisation for a taxonomy-trained model, how its score is put on the scale of news
 *                        ({@code null} for a model learnt from labelled news)
 */
public record DenseWeights(float[] weights, float bias, LengthStandardisation standardisation) {
    public double decision(SparseVector x) {
        double sum = bias;
        int[] indices = x.indices();
        float[] values = x.values();
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * weights[indices[i]];
        }
        return standardised(sum, x);
    }

    double probability(SparseVector x) {
        return sigmoid(decision(x));
    }

    /**
     * The probability when no single term may speak for the topic more than the second strongest one does: the
     * strongest term's contribution is cut down to the second's. A topic learnt from few texts (taxonomy
     * definitions, self-training) otherwise wins a one-sentence text on one word it weighs highly ("game" for
     * lifestyle and leisure in a baseball report); with the cut it needs two words of its own.
     */
    double probabilityOnTwoTerms(SparseVector x) {
        double sum = bias;
        double strongest = 0;
        double second = 0;
        int[] indices = x.indices();
        float[] values = x.values();
        for (int i = 0; i < indices.length; i++) {
            double contribution = values[i] * weights[indices[i]];
            sum += contribution;
            if (contribution > strongest) {
                second = strongest;
                strongest = contribution;
            } else if (contribution > second) {
                second = contribution;
            }
        }
        return sigmoid(standardised(sum - (strongest - second), x));
    }

    private double standardised(double score, SparseVector x) {
        return standardisation == null ? score : standardisation.standardise(score, x.terms());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
