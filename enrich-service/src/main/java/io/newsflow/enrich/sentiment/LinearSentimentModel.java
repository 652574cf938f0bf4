package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.topics.WordVectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One trained three-class linear model as it ships: a weight per class for each named feature, a bias per
 * class, for each word a weight per class and lexicon slot (region × negated) into which training folded
 * the lexicon-valence aggregates, and per region the weights of the words' vectors ({@link RegionWordVectors}). Probabilities are LIBLINEAR's one-vs-rest logistic ones — a sigmoid per
 * class — times a class weight, normalised to sum to one. Immutable after reading, so one instance serves all threads.
 */
public final class LinearSentimentModel {
    static final int CLASSES = 3;

    private final Map<String, float[]> featureWeights;
    private final Map<String, float[]> lexiconWeights;
    private final FingerprintTable features;
    private final FingerprintTable lexicon;
    private final float[] bias;
    private final float[] classWeights;
    private final RegionWordVectors wordVectors;
    /** Per thread: the call stamp each feature slot was last counted in, and (last element) the current stamp. */
    private final ThreadLocal<int[]> stamps;
    /** Per thread: what this model's tables hold for the words scored lately. */
    private final ThreadLocal<WordLookups> wordLookups;
    /** Per thread: the slots of the features scored lately. */
    private final ThreadLocal<FeatureLookups> featureLookups;

    /**
     * @param featureWeights weights per class of each named feature {@code kind:word}
     * @param lexiconWeights per word, weights per lexicon slot and class
     * @param classWeights   multipliers of the class probabilities before normalisation, chosen by
     *                       cross-validation for macro-F1 (a prior shift: it moves the decision, not the weights)
     * @param wordVectors    the word-vector weights per region, or {@code null} for a model without
     */
    public LinearSentimentModel(Map<String, float[]> featureWeights, Map<String, float[]> lexiconWeights, float[] bias,
                         float[] classWeights, RegionWordVectors wordVectors) {
        this.featureWeights = featureWeights;
        this.lexiconWeights = lexiconWeights;
        this.features = new FingerprintTable(featureWeights, CLASSES);
        this.lexicon = new FingerprintTable(lexiconWeights, SentimentFeatures.slots() * CLASSES);
        this.bias = bias;
        this.classWeights = classWeights;
        this.wordVectors = wordVectors;
        int capacity = features.capacity();
        this.stamps = ThreadLocal.withInitial(() -> new int[capacity + 1]);
        this.wordLookups = ThreadLocal.withInitial(WordLookups::new);
        this.featureLookups = ThreadLocal.withInitial(FeatureLookups::new);
    }

    /**
     * The slots of the word and bigram features scored lately on this thread. The mentions of one sentence share
     * most of their features (the sentence's bigrams, the words near two mentions that stand close), and common
     * words make the same features in every sentence; hashing each feature's characters anew and probing the
     * table cost half of the sentiment stage. A feature is found again by its words' cached hash codes and then by
     * the same kind (a constant of {@link SentimentFeatures}) and equal words, so the memory never gives another
     * feature's slot.
     */
    private final class FeatureLookups {
        private static final int SIZE = 4096;
        private final String[] kinds = new String[SIZE];
        private final String[] firsts = new String[SIZE];
        private final String[] seconds = new String[SIZE];
        private final int[] slots = new int[SIZE];

        private int of(String kind, String word) {
            int i = (kind.hashCode() * 31 + word.hashCode()) & (SIZE - 1);
            if (kinds[i] != kind || seconds[i] != null || !same(firsts[i], word)) {
                remember(i, kind, word, null, features.find(kind, word));
            }
            return slots[i];
        }

        private int of(String kind, String first, String second) {
            int i = ((kind.hashCode() * 31 + first.hashCode()) * 31 + second.hashCode()) & (SIZE - 1);
            if (kinds[i] != kind || !same(seconds[i], second) || !same(firsts[i], first)) {
                remember(i, kind, first, second, features.find(kind, first, second));
            }
            return slots[i];
        }

        private void remember(int i, String kind, String first, String second, int slot) {
            kinds[i] = kind;
            firsts[i] = first;
            seconds[i] = second;
            slots[i] = slot;
        }

        private static boolean same(String remembered, String word) {
            return remembered == word || (remembered != null && remembered.equals(word));
        }
    }

    /**
     * The slots of the words scored lately on this thread, so that each word's tables are searched once rather
     * than at every feature it is part of: a mention's sentence words are looked up for the sentence, the clause
     * and the near regions and as unigrams, for every mention of the sentence, and the sentence model and the tone
     * look the same words up again. Hashing the word and probing the tables each time was most of the sentiment
     * stage's cost. A word is found again by its cached hash code and then by identity (the tokens of a sentence
     * are shared by all its mentions) or equality, so the memory never gives another word's slots.
     */
    private final class WordLookups {
        private static final int SIZE = 1024;
        private final String[] words = new String[SIZE];
        private final int[] unigramSlots = new int[SIZE];
        private final int[] lexiconSlots = new int[SIZE];
        private final int[] vectorRows = new int[SIZE];

        /** @return where the word's slots are, after looking them up if the word is not remembered */
        private int of(String word) {
            int i = word.hashCode() & (SIZE - 1);
            String remembered = words[i];
            if (remembered != word && !word.equals(remembered)) {
                words[i] = word;
                unigramSlots[i] = features.find(SentimentFeatures.UNIGRAM, word);
                lexiconSlots[i] = lexicon.find(word);
                vectorRows[i] = wordVectors == null ? -1 : wordVectors.row(word);
            }
            return i;
        }
    }

    /**
     * A sink that adds up class scores as features arrive. A feature counts once per call (features are binary):
     * a per-thread array of call stamps says which were counted, cheaper than a set of names per call.
     */
    final class Scorer implements FeatureSink {
        private final double[] scores = {bias[0], bias[1], bias[2]};
        private final int[] counted = stamps.get();
        private final WordLookups words = wordLookups.get();
        private final FeatureLookups remembered = featureLookups.get();
        private final int stamp;

        private Scorer() {
            int last = counted.length - 1;
            if (++counted[last] == 0) {
                // after 2^32 calls on this thread: start afresh rather than mistake an old stamp for this one
                java.util.Arrays.fill(counted, 0);
                counted[last] = 1;
            }
            stamp = counted[last];
        }

        @Override
        public void add(String kind, String word) {
            count(remembered.of(kind, word));
        }

        @Override
        public void add(String kind, String first, String second) {
            count(remembered.of(kind, first, second));
        }

        @Override
        public void unigram(String word) {
            count(words.unigramSlots[words.of(word)]);
        }

        private void count(int slot) {
            if (slot != FingerprintTable.ABSENT && counted[slot] != stamp) {
                counted[slot] = stamp;
                float[] values = features.values();
                int offset = slot * CLASSES;
                for (int k = 0; k < CLASSES; k++) {
                    scores[k] += values[offset + k];
                }
            }
        }

        @Override
        public void lexicon(int regionSlot, String word) {
            int remembered = words.of(word);
            int slot = words.lexiconSlots[remembered];
            if (slot != FingerprintTable.ABSENT) {
                float[] values = lexicon.values();
                int offset = slot * lexicon.stride() + regionSlot * CLASSES;
                for (int k = 0; k < CLASSES; k++) {
                    scores[k] += values[offset + k];
                }
            }
            if (wordVectors != null) {
                wordVectors.addScores(regionSlot / 2, words.vectorRows[remembered], scores);
            }
        }

        /** @return negative, neutral, positive probabilities */
        double[] probabilities() {
            double[] p = new double[CLASSES];
            double sum = 0;
            for (int k = 0; k < CLASSES; k++) {
                p[k] = classWeights[k] / (1 + Math.exp(-scores[k]));
                sum += p[k];
            }
            for (int k = 0; k < CLASSES; k++) {
                p[k] /= sum;
            }
            return p;
        }
    }

    Scorer scorer() {
        return new Scorer();
    }

    /**
     * How much a word pushes the sentence model towards positive rather than negative, in log-odds: its
     * bag-of-words weight, its folded lexicon weight for its negation state and its vector times the sentence
     * region's weights. Document tone counts words by it. The vector part belongs in it: with the vectors the
     * model leaves part of each charged word's weight to them, and without it only a third as many words
     * reached the threshold.
     */
    double wordValence(String word, boolean negated) {
        double valence = 0;
        WordLookups words = wordLookups.get();
        int remembered = words.of(word);
        int slot = words.unigramSlots[remembered];
        if (slot != FingerprintTable.ABSENT) {
            valence += features.values()[slot * CLASSES + 2] - features.values()[slot * CLASSES];
        }
        int lexiconSlot = words.lexiconSlots[remembered];
        if (lexiconSlot != FingerprintTable.ABSENT) {
            int offset = lexiconSlot * lexicon.stride()
                    + SentimentFeatures.slot(SentimentFeatures.SENTENCE, negated) * CLASSES;
            valence += lexicon.values()[offset + 2] - lexicon.values()[offset];
        }
        if (wordVectors != null) {
            valence += wordVectors.positiveOverNegative(SentimentFeatures.SENTENCE, words.vectorRows[remembered]);
        }
        return valence;
    }

    public int size() {
        return featureWeights.size() + lexiconWeights.size();
    }

    void write(Writer out) throws IOException {
        out.write("bias" + '\t' + join(bias) + '\n');
        out.write("class-weights" + '\t' + join(classWeights) + '\n');
        out.write("features\t" + featureWeights.size() + '\n');
        for (Map.Entry<String, float[]> entry : new java.util.TreeMap<>(featureWeights).entrySet()) {
            out.write(entry.getKey() + '\t' + join(entry.getValue()) + '\n');
        }
        out.write("lexicon\t" + lexiconWeights.size() + '\n');
        for (Map.Entry<String, float[]> entry : new java.util.TreeMap<>(lexiconWeights).entrySet()) {
            out.write(entry.getKey() + '\t' + join(entry.getValue()) + '\n');
        }
        RegionWordVectors.write(wordVectors, out);
    }

    /** @param vectors the word vectors this build ships (checked against those the model names) */
    static LinearSentimentModel read(BufferedReader in, WordVectors vectors) throws IOException {
        float[] bias = floats(expect(in, "bias")[1].split(" "), 0);
        float[] classWeights = floats(expect(in, "class-weights")[1].split(" "), 0);
        Map<String, float[]> features = section(in, "features");
        Map<String, float[]> lexicon = section(in, "lexicon");
        return new LinearSentimentModel(features, lexicon, bias, classWeights, RegionWordVectors.read(in, vectors));
    }

    private static Map<String, float[]> section(BufferedReader in, String name) throws IOException {
        int count = Integer.parseInt(expect(in, name)[1]);
        Map<String, float[]> weights = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("sentiment model ends inside the " + name + " section");
            }
            int tab = line.indexOf('\t');
            weights.put(line.substring(0, tab), floats(line.substring(tab + 1).split(" "), 0));
        }
        return weights;
    }

    private static String[] expect(BufferedReader in, String name) throws IOException {
        String line = in.readLine();
        if (line == null || !line.startsWith(name + '\t')) {
            throw new IOException("sentiment model: expected the " + name + " line, found " + line);
        }
        return line.split("\t");
    }

    static float[] floats(String[] parts, int from) {
        float[] values = new float[parts.length - from];
        for (int i = from; i < parts.length; i++) {
            values[i - from] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    /** Four significant decimals: enough for log-odds weights, and the file stays small. */
    static String join(float[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            float rounded = Math.round(values[i] * 10000f) / 10000f;
            text.append(rounded == 0 ? "0" : String.format(Locale.ROOT, "%.4f", rounded)
                    .replaceAll("0+$", "").replaceAll("\\.$", ""));
        }
        return text.toString();
    }
}
