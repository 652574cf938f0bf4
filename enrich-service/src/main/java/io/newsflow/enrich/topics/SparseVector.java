package io.newsflow.enrich.topics;

/**
 * A document's non-zero feature values.
 *
 * @param indices feature indices in ascending order
 * @param values  the value of each index
 */
record SparseVector(int[] indices, float[] values) {
    int size() {
        return indices.length;
    }
}
