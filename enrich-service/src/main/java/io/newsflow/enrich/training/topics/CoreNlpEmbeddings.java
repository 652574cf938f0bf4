package io.newsflow.enrich.training.topics;

import edu.stanford.nlp.neural.Embedding;
import org.ejml.simple.SimpleMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads Stanford CoreNLP's English word embeddings (50 dimensions, about 100,000 lower-cased words; the file
 * CoreNLP's neural coreference uses) from its models jar or from the extracted {@code .ser.gz} file.
 */
final class CoreNlpEmbeddings {
    static final String ENTRY = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";
    /**
     * Only words the topic features can look up: letters, digits (as 0) and inner hyphens, with a letter. Drops
     * CoreNLP's markers (*UNK*, &lt;missing&gt;) and punctuation tokens.
     */
    private static final Pattern LOOKUP_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CoreNlpEmbeddings() {
    }

    /** @param file the CoreNLP models jar, or the embeddings file taken out of it */
    static Map<String, float[]> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file + "; pass --corenlp-models with the stanford-corenlp "
                    + "models jar (or its " + ENTRY + ")");
        }
        if (file.getFileName().toString().endsWith(".jar")) {
            try (ZipFile jar = new ZipFile(file.toFile())) {
                ZipEntry entry = jar.getEntry(ENTRY);
                if (entry == null) {
                    throw new IOException(file + " has no " + ENTRY);
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return read(in);
                }
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static Map<String, float[]> read(InputStream gzipped) throws IOException {
        Embedding embedding;
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(gzipped, 1 << 16))) {
            embedding = (Embedding) in.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a CoreNLP Embedding: " + e.getMessage(), e);
        }
        Map<String, float[]> vectors = new HashMap<>();
        for (Map.Entry<String, SimpleMatrix> entry : embedding.entrySet()) {
            String word = entry.getKey();
            if (LOOKUP_KEY.matcher(word).matches() && word.chars().anyMatch(Character::isLetter)) {
                SimpleMatrix column = entry.getValue();
                float[] vector = new float[embedding.getEmbeddingSize()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = (float) column.get(d);
                }
                vectors.put(word, vector);
            }
        }
        return vectors;
    }
}
