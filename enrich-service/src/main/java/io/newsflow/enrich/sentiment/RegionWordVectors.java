package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.topics.WordVectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * The word-vector part of a sentiment model: for each region around the target ({@link SentimentFeatures}), one
 * weight per class and vector dimension. Training sums the unit word vectors of each region's words (times the
 * region's scale) as dense features; a sum is linear in the words, so at inference each word in a region adds
 * its own vector times the region's weights, with no sums kept. It carries meaning the n-gram and lexicon
 * features cannot: a word seen in training lends its weight to words used like it ("slammed" to "lambasted").
 * Immutable; thread-safe.
 */
public final class RegionWordVectors {
    private static final String SECTION = "word-vectors";

    private final WordVectors vectors;
    /** [region][class * dimension + d] */
    private final float[][] weights;
    /** Position of each region among those with a non-zero weight, or −1 (the sentence model uses one). */
    private final int[] regionPosition;
    private final int activeRegions;
    /**
     * Every word's unit vector times each active region's weights, computed once at load: [(row × active regions
     * + region position) × classes + class]. A mention's sentence words are scored once per mention, so doing
     * the 150 multiplications per word and region at each call cost more than the rest of the sentiment stage;
     * this costs one look-up (1.2 MB per active region for CoreNLP's 101,521 words).
     */
    private final float[] projections;

    public RegionWordVectors(WordVectors vectors, float[][] weights) {
        if (weights.length != SentimentFeatures.REGIONS) {
            throw new IllegalArgumentException(weights.length + " regions of word-vector weights, not "
                    + SentimentFeatures.REGIONS);
        }
        for (float[] region : weights) {
            if (region.length != LinearSentimentModel.CLASSES * vectors.dimension()) {
                throw new IllegalArgumentException("word-vector weights of length " + region.length + " for "
                        + vectors.dimension() + "-dimensional vectors");
            }
        }
        this.vectors = vectors;
        this.weights = weights;
        this.regionPosition = new int[weights.length];
        int active = 0;
        for (int region = 0; region < weights.length; region++) {
            boolean used = false;
            for (float w : weights[region]) {
                used |= w != 0;
            }
            regionPosition[region] = used ? active++ : -1;
        }
        this.activeRegions = active;
        this.projections = project(vectors, weights, regionPosition, active);
    }

    private static float[] project(WordVectors vectors, float[][] weights, int[] regionPosition, int active) {
        int classes = LinearSentimentModel.CLASSES;
        int dimension = vectors.dimension();
        float[] projections = new float[vectors.size() * active * classes];
        double[] vector = new double[dimension];
        for (int row = 0; row < vectors.size(); row++) {
            if (!vectors.unitVector(row, vector)) {
                continue;
            }
            for (int region = 0; region < weights.length; region++) {
                if (regionPosition[region] < 0) {
                    continue;
                }
                float[] w = weights[region];
                int offset = (row * active + regionPosition[region]) * classes;
                for (int k = 0; k < classes; k++) {
                    double sum = 0;
                    for (int d = 0; d < dimension; d++) {
                        sum += w[k * dimension + d] * vector[d];
                    }
                    projections[offset + k] = (float) sum;
                }
            }
        }
        return projections;
    }

    /** Adds what {@code word}, seen in {@code region}, says for each class to {@code scores}. */
    void addScores(int region, String word, double[] scores) {
        addScores(region, row(word), scores);
    }

    /** As {@link #addScores(int, String, double[])} for the word of a {@link #row(String)} (−1 for none). */
    void addScores(int region, int row, double[] scores) {
        int offset = offset(region, row);
        if (offset >= 0) {
            for (int k = 0; k < LinearSentimentModel.CLASSES; k++) {
                scores[k] += projections[offset + k];
            }
        }
    }

    /** What {@code word} in {@code region} adds to the positive class's score minus the negative class's. */
    double positiveOverNegative(int region, String word) {
        return positiveOverNegative(region, row(word));
    }

    /** As {@link #positiveOverNegative(int, String)} for the word of a {@link #row(String)} (−1 for none). */
    double positiveOverNegative(int region, int row) {
        int offset = offset(region, row);
        return offset < 0 ? 0 : projections[offset + 2] - projections[offset];
    }

    /** The word's row in the word vectors, −1 when it has none; what the row-taking methods read. */
    int row(String word) {
        return vectors.row(word);
    }

    /** Where the row's projections for the region start; −1 for a region without weights or a word without one. */
    private int offset(int region, int row) {
        int position = regionPosition[region];
        return position < 0 || row < 0 ? -1 : (row * activeRegions + position) * LinearSentimentModel.CLASSES;
    }

    /** Writes the section; {@code null} writes the section of a model without word vectors. */
    static void write(RegionWordVectors part, Writer out) throws IOException {
        if (part == null) {
            out.write(SECTION + "\tnone\t0\n");
            return;
        }
        out.write(SECTION + '\t' + part.vectors.version() + '\t' + part.vectors.dimension() + '\n');
        for (float[] region : part.weights) {
            out.write(LinearSentimentModel.join(region) + '\n');
        }
    }

    /**
     * @param vectors the vectors this build ships, which must be the ones the model was trained with
     * @return the part, or {@code null} for a model trained without word vectors
     */
    static RegionWordVectors read(BufferedReader in, WordVectors vectors) throws IOException {
        String line = in.readLine();
        String[] header = line == null ? new String[0] : line.split("\t");
        if (header.length != 3 || !header[0].equals(SECTION)) {
            throw new IOException("sentiment model: expected the " + SECTION + " line, found " + line);
        }
        if (header[1].equals("none")) {
            return null;
        }
        if (!header[1].equals(vectors.version()) || Integer.parseInt(header[2]) != vectors.dimension()) {
            throw new IOException("the sentiment model was trained with word vectors " + header[1] + " ("
                    + header[2] + " dimensions), not " + vectors.version() + " (" + vectors.dimension() + ")");
        }
        float[][] weights = new float[SentimentFeatures.REGIONS][];
        for (int region = 0; region < weights.length; region++) {
            String row = in.readLine();
            if (row == null) {
                throw new IOException("sentiment model ends inside the " + SECTION + " section");
            }
            weights[region] = LinearSentimentModel.floats(row.split(" "), 0);
        }
        return new RegionWordVectors(vectors, weights);
    }
}
