package io.newsflow.enrich.topics;

/**
 * A logistic-regression scorer that keeps only its non-zero weights: the level-2 topics, which are trained on
 * few texts and so weigh few terms; a dense row for each of them would multiply the model's size.
 *
 * @param indices feature indices in ascending order
 * @param weights the weight of each index
 * @param bias    the intercept
 */
public record SparseWeights(int[] indices, float[] weights, float bias) {
    public static SparseWeights of(float[] dense, float bias) {
        int nonZero = 0;
        for (float w : dense) {
            nonZero += w != 0 ? 1 : 0;
        }
        int[] indices = new int[nonZero];
        float[] weights = new float[nonZero];
        int n = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                indices[n] = i;
                weights[n++] = dense[i];
            }
        }
        return new SparseWeights(indices, weights, bias);
    }

    /**
     * Walks both sorted index lists once. A topic weighs far more terms than a news text holds, so the walk
     * over the weights gallops to the text's next term instead of stepping through every weight before it; the
     * same products are added in the same order as a plain walk adds them.
     */
    double decision(SparseVector x) {
        double sum = bias;
        int[] xIndices = x.indices();
        float[] xValues = x.values();
        int i = 0;
        int j = 0;
        while (i < xIndices.length && j < indices.length) {
            if (xIndices[i] == indices[j]) {
                sum += xValues[i++] * weights[j++];
            } else if (xIndices[i] < indices[j]) {
                i++;
            } else {
                j = firstAtLeast(xIndices[i], j + 1);
            }
        }
        return sum;
    }

    /** The first position from {@code from} on whose index is at least {@code index}, or the length if none. */
    private int firstAtLeast(int index, int from) {
        int low = from;
        int step = 1;
        // gallop: the next term is usually near, so probe 1, 2, 4, ... ahead before bisecting
        while (low + step - 1 < indices.length && indices[low + step - 1] < index) {
            low += step;
            step <<= 1;
        }
        int high = Math.min(indices.length, low + step - 1);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (indices[middle] < index) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
