package io.newsflow.enrich.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained topic model: vocabulary with idf, the word vectors it was trained with (named by version, stored
 * apart in {@link WordVectors}), one logistic regression per level-1 topic (one against the rest) and, per
 * level-2 topic, one logistic regression that separates it from its siblings. Weight vectors cover the vocabulary
 * and then the word-vector dimensions. Stored as a gzipped binary file written by {@link #write} (the JDK writes
 * no timestamp into the gzip header, so the same model gives the same bytes).
 *
 * @param wordVectorsVersion  {@link WordVectors#version()} of the vectors trained with, {@code null} for none
 * @param wordVectorDimension their dimension, 0 for none
 */
public record TopicModel(List<String> terms, float[] idf, String wordVectorsVersion, int wordVectorDimension,
                  List<TopicLabel> levelOne, List<DenseWeights> levelOneWeights,
                  List<DenseWeights> levelOneTaxonomyWeights, List<TopicLabel> levelTwo,
                  List<SparseWeights> levelTwoWeights) {

    /**
     * A level-1 topic's probability: for a corpus topic the larger of its corpus model's and its taxonomy model's;
     * for a taxonomy-only topic its self-trained model's, counting no term above the second strongest
     * ({@link DenseWeights#probabilityOnTwoTerms}).
     */
    double levelOneProbability(int topic, SparseVector x) {
        DenseWeights taxonomy = levelOneTaxonomyWeights.get(topic);
        if (taxonomy == null) {
            return levelOneWeights.get(topic).probabilityOnTwoTerms(x);
        }
        return Math.max(levelOneWeights.get(topic).probability(x), taxonomy.probability(x));
    }

    private static final String MAGIC = "newsflow-topics";
    private static final int FORMAT = 2;

    void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                out.writeUTF(terms.get(i));
                out.writeFloat(idf[i]);
            }
            out.writeUTF(wordVectorsVersion == null ? "" : wordVectorsVersion);
            out.writeInt(wordVectorDimension);
            out.writeInt(levelOne.size());
            for (int t = 0; t < levelOne.size(); t++) {
                writeLabel(out, levelOne.get(t));
                DenseWeights weights = levelOneWeights.get(t);
                writeDense(out, weights);
                DenseWeights taxonomy = levelOneTaxonomyWeights.get(t);
                out.writeBoolean(taxonomy != null);
                if (taxonomy != null) {
                    writeDense(out, taxonomy);
                }
            }
            out.writeInt(levelTwo.size());
            for (int t = 0; t < levelTwo.size(); t++) {
                writeLabel(out, levelTwo.get(t));
                SparseWeights weights = levelTwoWeights.get(t);
                out.writeFloat(weights.bias());
                out.writeInt(weights.indices().length);
                for (int i = 0; i < weights.indices().length; i++) {
                    out.writeInt(weights.indices()[i]);
                    out.writeFloat(weights.weights()[i]);
                }
            }
        }
    }

    public byte[] toBytes() {
        return InMemoryBytes.of(this::write);
    }

    static TopicModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException("not a newsflow topic model of format " + FORMAT);
        }
        int vocabulary = in.readInt();
        List<String> terms = new ArrayList<>(vocabulary);
        float[] idf = new float[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            terms.add(in.readUTF());
            idf[i] = in.readFloat();
        }
        String wordVectorsVersion = in.readUTF();
        int wordVectorDimension = in.readInt();
        int dimension = vocabulary + wordVectorDimension;
        int levelOneCount = in.readInt();
        List<TopicLabel> levelOne = new ArrayList<>();
        List<DenseWeights> levelOneWeights = new ArrayList<>();
        List<DenseWeights> levelOneTaxonomyWeights = new ArrayList<>();
        for (int t = 0; t < levelOneCount; t++) {
            levelOne.add(readLabel(in));
            levelOneWeights.add(readDense(in, dimension));
            levelOneTaxonomyWeights.add(in.readBoolean() ? readDense(in, dimension) : null);
        }
        int levelTwoCount = in.readInt();
        List<TopicLabel> levelTwo = new ArrayList<>();
        List<SparseWeights> levelTwoWeights = new ArrayList<>();
        for (int t = 0; t < levelTwoCount; t++) {
            levelTwo.add(readLabel(in));
            float bias = in.readFloat();
            int nonZero = in.readInt();
            int[] indices = new int[nonZero];
            float[] weights = new float[nonZero];
            for (int i = 0; i < nonZero; i++) {
                indices[i] = in.readInt();
                weights[i] = in.readFloat();
            }
            levelTwoWeights.add(new SparseWeights(indices, weights, bias));
        }
        return new TopicModel(terms, idf, wordVectorsVersion.isEmpty() ? null : wordVectorsVersion,
                wordVectorDimension, levelOne, levelOneWeights, levelOneTaxonomyWeights, levelTwo, levelTwoWeights);
    }

    private static void writeDense(DataOutputStream out, DenseWeights weights) throws IOException {
        out.writeFloat(weights.bias());
        writeQuantised(out, weights.weights());
        LengthStandardisation standardisation = weights.standardisation();
        out.writeBoolean(standardisation != null);
        if (standardisation != null) {
            out.writeFloat(standardisation.offset());
            for (int b = 0; b < LengthStandardisation.BUCKETS; b++) {
                out.writeFloat(standardisation.centres()[b]);
                out.writeFloat(standardisation.deviations()[b]);
            }
        }
    }

    private static DenseWeights readDense(DataInputStream in, int dimension) throws IOException {
        float bias = in.readFloat();
        float[] weights = readQuantised(in, dimension);
        LengthStandardisation standardisation = null;
        if (in.readBoolean()) {
            float offset = in.readFloat();
            float[] centres = new float[LengthStandardisation.BUCKETS];
            float[] deviations = new float[LengthStandardisation.BUCKETS];
            for (int b = 0; b < LengthStandardisation.BUCKETS; b++) {
                centres[b] = in.readFloat();
                deviations[b] = in.readFloat();
            }
            standardisation = new LengthStandardisation(centres, deviations, offset);
        }
        return new DenseWeights(weights, bias, standardisation);
    }

    /**
     * Level-1 weights are stored as 16-bit steps of the row's largest magnitude, which halves the file; the
     * rounding (at most 1/65534 of the largest weight) moves probabilities by far less than they can be trusted.
     */
    private static void writeQuantised(DataOutputStream out, float[] weights) throws IOException {
        float largest = 0;
        for (float w : weights) {
            largest = Math.max(largest, Math.abs(w));
        }
        float step = largest > 0 ? largest / Short.MAX_VALUE : 1;
        out.writeFloat(step);
        for (float w : weights) {
            out.writeShort(Math.round(w / step));
        }
    }

    private static float[] readQuantised(DataInputStream in, int length) throws IOException {
        float step = in.readFloat();
        float[] weights = new float[length];
        for (int i = 0; i < length; i++) {
            weights[i] = in.readShort() * step;
        }
        return weights;
    }

    private static void writeLabel(DataOutputStream out, TopicLabel label) throws IOException {
        out.writeUTF(label.qcode());
        out.writeUTF(label.label());
        out.writeUTF(label.parentQcode() == null ? "" : label.parentQcode());
    }

    private static TopicLabel readLabel(DataInputStream in) throws IOException {
        String qcode = in.readUTF();
        String label = in.readUTF();
        String parent = in.readUTF();
        return new TopicLabel(qcode, label, parent.isEmpty() ? null : parent);
    }
}
