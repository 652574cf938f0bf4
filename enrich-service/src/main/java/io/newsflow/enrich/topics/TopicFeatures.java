package io.newsflow.enrich.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a headline and body into the model's features: sublinear term frequency (1 + ln tf) times inverse
 * document frequency over the vocabulary, scaled to unit length so that long and short texts score alike. The
 * headline is counted twice because it states the topic most directly. Training and classification both use
 * this class, so the two cannot drift apart.
 */
final class TopicFeatures {
    private final TopicTokenizer tokenizer = new TopicTokenizer();
    private final Map<String, Integer> index;
    private final float[] idf;

    /**
     * @param terms the vocabulary; a term's position is its feature index
     * @param idf   inverse document frequency of each term
     */
    TopicFeatures(List<String> terms, float[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf values");
        }
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
        this.idf = idf.clone();
    }

    int dimension() {
        return idf.length;
    }

    SparseVector vector(String headline, String body) {
        List<String> headlineTerms = tokenizer.terms(headline == null ? "" : headline);
        List<String> bodyTerms = tokenizer.terms(body == null ? "" : body);
        int[] hits = new int[headlineTerms.size() * 2 + bodyTerms.size()];
        int n = 0;
        for (String term : headlineTerms) {
            Integer i = index.get(term);
            if (i != null) {
                hits[n++] = i;
                hits[n++] = i;
            }
        }
        for (String term : bodyTerms) {
            Integer i = index.get(term);
            if (i != null) {
                hits[n++] = i;
            }
        }
        return weigh(hits, n);
    }

    /** Counts repeated indices (sorted runs) and weighs each distinct one. */
    private SparseVector weigh(int[] hits, int n) {
        Arrays.sort(hits, 0, n);
        int[] indices = new int[n];
        float[] values = new float[n];
        int distinct = 0;
        double squaredNorm = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && hits[end] == hits[start]) {
                end++;
            }
            float value = (float) ((1 + Math.log(end - start)) * idf[hits[start]]);
            indices[distinct] = hits[start];
            values[distinct++] = value;
            squaredNorm += value * value;
            start = end;
        }
        float scale = squaredNorm > 0 ? (float) (1 / Math.sqrt(squaredNorm)) : 0;
        for (int i = 0; i < distinct; i++) {
            values[i] *= scale;
        }
        return new SparseVector(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }
}
