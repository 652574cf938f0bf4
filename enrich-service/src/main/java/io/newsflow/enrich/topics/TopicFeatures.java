package io.newsflow.enrich.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a headline and body into the model's features: sublinear term frequency (1 + ln tf) times inverse
 * document frequency over the vocabulary, scaled to unit length so that long and short texts score alike; then,
 * with word vectors, the text's mean word vector (unit length, times {@value #WORD_VECTOR_WEIGHT}) as further
 * dimensions. The headline is counted twice because it states the topic most directly. Training and
 * classification both use this class, so the two cannot drift apart.
 */
public final class TopicFeatures {
    /**
     * The length of the mean-word-vector part against the unit-length term part. Chosen on the training data's
     * side only (BBC cross-validation and the invented articles): 0.5, 1 and 2 gave BBC and AG News figures
     * within a point of each other.
     */
    static final double WORD_VECTOR_WEIGHT = 0.5;

    private final TopicTokenizer tokenizer = new TopicTokenizer();
    /** Each vocabulary term's index, found without building each bigram's joined string (most are not terms). */
    private final KeyFingerprints termIndex;
    private final float[] idf;
    private final WordVectors wordVectors;
    /**
     * Per word-vector row, whether the tokenizer would count the row's word ({@link TopicTokenizer#keepsAWord}):
     * asked once per row at start-up instead of once per word of every article.
     */
    private final boolean[] countedRows;

    /**
     * @param terms the vocabulary; a term's position is its feature index
     * @param idf   inverse document frequency of each term
     */
    TopicFeatures(List<String> terms, float[] idf) {
        this(terms, idf, null);
    }

    /**
     * @param terms       the vocabulary; a term's position is its feature index
     * @param idf         inverse document frequency of each term
     * @param wordVectors the word vectors whose mean is appended after the vocabulary, or {@code null} for none
     */
    public TopicFeatures(List<String> terms, float[] idf, WordVectors wordVectors) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf values");
        }
        Map<String, Integer> index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
        this.termIndex = new KeyFingerprints(index);
        this.idf = idf.clone();
        this.wordVectors = wordVectors;
        this.countedRows = wordVectors == null ? new boolean[0] : wordVectors.rowsWhoseKey(tokenizer::keepsAWord);
    }

    /** Vocabulary terms, then word-vector dimensions. */
    public int dimension() {
        return idf.length + (wordVectors == null ? 0 : wordVectors.dimension());
    }

    public SparseVector vector(String headline, String body) {
        List<String> headlineWords = tokenizer.words(headline == null ? "" : headline);
        List<String> bodyWords = tokenizer.words(body == null ? "" : body);
        // the terms are the words and the bigrams of neighbouring words (TopicTokenizer.terms); a headline's count twice
        int[] hits = new int[(headlineWords.size() * 2 + bodyWords.size()) * 2];
        int n = addHits(headlineWords, 2, hits, 0);
        n = addHits(bodyWords, 1, hits, n);
        SparseVector terms = weigh(hits, n);
        return wordVectors == null ? terms : withMeanWordVector(terms, headline, body);
    }

    /** Adds the vocabulary index of each of the words' terms {@code times} times; returns the new count. */
    private int addHits(List<String> words, int times, int[] hits, int from) {
        int n = from;
        for (int w = 0; w < words.size(); w++) {
            int i = termIndex.rowOfKey(words.get(w));
            for (int t = 0; i >= 0 && t < times; t++) {
                hits[n++] = i;
            }
        }
        for (int w = 1; w < words.size(); w++) {
            int i = termIndex.rowOfPair(words.get(w - 1), TopicTokenizer.BIGRAM_JOINER, words.get(w));
            for (int t = 0; i >= 0 && t < times; t++) {
                hits[n++] = i;
            }
        }
        return n;
    }

    private SparseVector withMeanWordVector(SparseVector terms, String headline, String body) {
        double[] sum = new double[wordVectors.dimension()];
        addWordVectors(sum, headline, 2);
        addWordVectors(sum, body, 1);
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        double scale = norm > 0 ? WORD_VECTOR_WEIGHT / Math.sqrt(norm) : 0;
        int n = terms.size();
        int[] indices = Arrays.copyOf(terms.indices(), n + sum.length);
        float[] values = Arrays.copyOf(terms.values(), n + sum.length);
        for (int d = 0; d < sum.length; d++) {
            indices[n + d] = idf.length + d;
            values[n + d] = (float) (sum[d] * scale);
        }
        return new SparseVector(indices, values, n);
    }

    /**
     * Adds the vectors of the text's words that the tokenizer would count (no function words, no pure numbers),
     * each word as written, hyphenated compounds whole ("left-back"); a word without a vector adds nothing.
     */
    private void addWordVectors(double[] sum, String text, int weight) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '-' && word.length() > 0)) {
                word.append(c);
            } else if (word.length() > 0) {
                // a word without a vector adds nothing whether counted or not, so only words with one are asked
                int row = wordVectors.row(word);
                word.setLength(0);
                if (row >= 0 && countedRows[row]) {
                    wordVectors.addRowTo(sum, row, weight);
                }
            }
        }
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
