package io.newsflow.enrich.topics;

import java.util.Arrays;

/**
 * A text's features: indices in ascending order with their values.
 *
 * @param indices feature indices: first the vocabulary terms present, then any word-vector dimensions
 * @param values  their values
 * @param terms   how many of the entries are vocabulary terms (the rest are word-vector dimensions); the text's
 *                length as {@link LengthStandardisation} counts it
 */
public record SparseVector(int[] indices, float[] values, int terms) {
    SparseVector(int[] indices, float[] values) {
        this(indices, values, indices.length);
    }

    public int size() {
        return indices.length;
    }

    /** The vocabulary terms alone, without the word-vector dimensions. */
    public SparseVector termsOnly() {
        return terms == indices.length ? this
                : new SparseVector(Arrays.copyOf(indices, terms), Arrays.copyOf(values, terms));
    }
}
