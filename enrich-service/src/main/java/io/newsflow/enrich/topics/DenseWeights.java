package io.newsflow.enrich.topics;

/**
 * A logistic-regression scorer with a weight for every vocabulary term (level-1 topics).
 *
 * @param weights         the weight of each vocabulary term
 * @param bias            the intercept
 * @param standardisation for a taxonomy-trained model, how its score is put on the scale of news
 *                        ({@code null} for a model learnt from labelled news)
 */
record DenseWeights(float[] weights, float bias, LengthStandardisation standardisation) {
    double decision(SparseVector x) {
        double sum = bias;
        int[] indices = x.indices();
        float[] values = x.values();
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * weights[indices[i]];
        }
        return standardisation == null ? sum : standardisation.standardise(sum, x.size());
    }

    double probability(SparseVector x) {
        return 1 / (1 + Math.exp(-decision(x)));
    }
}
