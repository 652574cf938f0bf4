package io.newsflow.enrich.topics;

import io.newsflow.enrich.resources.ShippedResource;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Fixed word embeddings (one short dense vector per lower-cased word) that give the topic model a sense of which
 * words are alike: a model that learnt "striker" and "midfielder" from British sport then also knows
 * "quarterback", which none of its training articles contains. The vectors are Stanford CoreNLP's English
 * embeddings, converted by the {@value #BUILT_BY} command; they are an input like the taxonomy, never trained
 * here. Immutable and thread-safe.
 *
 * <p>Words are keyed as CoreNLP keys them: lower case, every digit written as 0. Each vector is stored as 8-bit
 * steps of its largest component, which keeps 100,000 words at about 5 MB in the jar and moves a document's
 * embedding by far less than the difference between topics.
 */
public final class WordVectors {
    public static final String RESOURCE = "/topics/word-vectors.bin.gz";
    /** The offline command that writes the vectors file; a runtime class names it, never imports it. */
    public static final String BUILT_BY = "import-word-vectors";
    private static final String MAGIC = "newsflow-word-vectors";
    private static final int FORMAT = 1;

    private final int dimension;
    private final Map<String, Integer> rows;
    private final byte[] steps;
    private final float[] stepSizes;
    private final String version;
    /**
     * The rows again, found by a fingerprint of the key computed straight from the word as written: the
     * sentiment and topic stages look up every word of an article, several times, and building each key string
     * and chasing a HashMap's entries cost more than the rest of the look-up.
     */
    private final KeyFingerprints fingerprints;

    private WordVectors(int dimension, Map<String, Integer> rows, byte[] steps, float[] stepSizes, String version) {
        this.dimension = dimension;
        this.rows = rows;
        this.steps = steps;
        this.stepSizes = stepSizes;
        this.version = version;
        this.fingerprints = new KeyFingerprints(rows);
    }

    /** The vectors shipped in the jar, loaded on first use and shared. */
    public static WordVectors loadDefault() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final WordVectors INSTANCE = load();

        private static WordVectors load() {
            return ShippedResource.load(RESOURCE, "word vectors", BUILT_BY,
                    bytes -> read(new ByteArrayInputStream(bytes)));
        }
    }

    /**
     * @param vectors word to vector, every vector of the same length; words are taken as given (use {@link #key})
     */
    public static WordVectors of(Map<String, float[]> vectors) {
        TreeMap<String, float[]> sorted = new TreeMap<>(vectors);
        int dimension = sorted.isEmpty() ? 0 : sorted.firstEntry().getValue().length;
        Map<String, Integer> rows = new HashMap<>(sorted.size() * 2);
        byte[] steps = new byte[sorted.size() * dimension];
        float[] stepSizes = new float[sorted.size()];
        int row = 0;
        for (Map.Entry<String, float[]> entry : sorted.entrySet()) {
            float[] vector = entry.getValue();
            if (vector.length != dimension) {
                throw new IllegalArgumentException("the vector of " + entry.getKey() + " has " + vector.length
                        + " components, not " + dimension);
            }
            float largest = 0;
            for (float v : vector) {
                largest = Math.max(largest, Math.abs(v));
            }
            float step = largest > 0 ? largest / Byte.MAX_VALUE : 1;
            for (int d = 0; d < dimension; d++) {
                steps[row * dimension + d] = (byte) Math.round(vector[d] / step);
            }
            stepSizes[row] = step;
            rows.put(entry.getKey(), row++);
        }
        WordVectors unversioned = new WordVectors(dimension, rows, steps, stepSizes, "");
        byte[] bytes = unversioned.toBytes();
        return new WordVectors(dimension, rows, steps, stepSizes, TopicClassifier.shortHash(bytes));
    }

    /** The key a word is looked up by: lower case, digits as 0 (CoreNLP's convention). */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            key.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return key.toString();
    }

    public int dimension() {
        return dimension;
    }

    /** How many words have a vector; their rows are numbered 0 to size − 1. */
    public int size() {
        return rows.size();
    }

    /** @return the row of the word's vector (looked up by its {@link #key}), or −1 when it has none */
    public int row(String word) {
        return fingerprints.rowOfWord(word);
    }

    /** As {@link #row(String)}, for a word being built, which need not become a string to be looked up. */
    int row(CharSequence word) {
        return fingerprints.rowOfWord(word);
    }

    /** Whether the key of each row ({@link #size()} of them) passes {@code test}: worked out once per model. */
    boolean[] rowsWhoseKey(Predicate<String> test) {
        boolean[] passes = new boolean[rows.size()];
        rows.forEach((key, row) -> passes[row] = test.test(key));
        return passes;
    }

    /**
     * Adds {@code weight} times the vector of a {@link #row(String)} to {@code sum}.
     */
    void addRowTo(double[] sum, int row, double weight) {
        int offset = row * dimension;
        double scale = weight * stepSizes[row];
        for (int d = 0; d < dimension; d++) {
            sum[d] += scale * steps[offset + d];
        }
    }

    /** The first 12 hex digits of the SHA-256 of the stored file: a topic model names the vectors it learnt on. */
    public String version() {
        return version;
    }

    public boolean contains(String key) {
        return rows.containsKey(key);
    }

    /**
     * The word's vector scaled to unit length, for a linear model that should weigh what a word means, not how
     * often the corpus the vectors were learnt from used it (frequent words have longer vectors).
     *
     * @param word  as written; looked up by its {@link #key}
     * @param into  receives the vector ({@link #dimension()} values); left untouched when the word has none
     * @return whether the word has a (non-zero) vector
     */
    public boolean unitVector(String word, double[] into) {
        int row = row(word);
        return row >= 0 && unitVector(row, into);
    }

    /** As {@link #unitVector(String, double[])}, for a row of {@link #row(String)} (0 to {@link #size()} − 1). */
    public boolean unitVector(int row, double[] into) {
        int offset = row * dimension;
        double squares = 0;
        for (int d = 0; d < dimension; d++) {
            squares += (double) steps[offset + d] * steps[offset + d];
        }
        if (squares == 0) {
            return false;
        }
        // the row's step size cancels in the normalisation
        double scale = 1 / Math.sqrt(squares);
        for (int d = 0; d < dimension; d++) {
            into[d] = steps[offset + d] * scale;
        }
        return true;
    }

    /**
     * Adds {@code weight} times the word's vector to {@code sum}.
     *
     * @return whether the word has a vector
     */
    boolean addTo(double[] sum, String key, double weight) {
        int row = fingerprints.rowOfKey(key);
        if (row < 0) {
            return false;
        }
        addRowTo(sum, row, weight);
        return true;
    }

    void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(dimension);
            List<String> words = new TreeMap<>(rows).keySet().stream().toList();
            out.writeInt(words.size());
            for (String word : words) {
                int row = rows.get(word);
                out.writeUTF(word);
                out.writeFloat(stepSizes[row]);
                out.write(steps, row * dimension, dimension);
            }
        }
    }

    public byte[] toBytes() {
        return InMemoryBytes.of(this::write);
    }

    public static WordVectors read(InputStream source) throws IOException {
        byte[] bytes = source.readAllBytes();
        DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException("not newsflow word vectors of format " + FORMAT);
        }
        int dimension = in.readInt();
        int count = in.readInt();
        Map<String, Integer> rows = new HashMap<>(count * 2);
        byte[] steps = new byte[count * dimension];
        float[] stepSizes = new float[count];
        for (int row = 0; row < count; row++) {
            rows.put(in.readUTF(), row);
            stepSizes[row] = in.readFloat();
            in.readFully(steps, row * dimension, dimension);
        }
        return new WordVectors(dimension, rows, steps, stepSizes, TopicClassifier.shortHash(bytes));
    }
}
