package io.newsflow.enrich.topics;

import io.newsflow.common.article.Sha256;
import io.newsflow.enrich.resources.ShippedResource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns IPTC Media Topics (levels 1 and 2) to an English news article with linear models over sparse word and
 * bigram features. Immutable and thread-safe; {@link #loadDefault()} shares one instance. See
 * {@code docs/models/iptc-topics.md} for how the model is trained and how well it does.
 *
 * <p>Output rules: the most probable level-1 topic always; every further level-1 topic whose probability is above
 * {@value #LEVEL_ONE_THRESHOLD} (more likely than not; at most {@value #MAX_LEVEL_ONE} in all); under each emitted
 * level-1 topic, its level-2 topics whose probability among their siblings reaches {@value #LEVEL_TWO_THRESHOLD} and whose
 * confidence (that times the parent's probability) reaches {@value #LEVEL_TWO_MIN_CONFIDENCE}.
 */
public final class TopicClassifier {
    public static final String RESOURCE = "/topics/iptc-topics.bin.gz";
    /** The offline command that trains the model file; a runtime class names it, never imports it. */
    public static final String BUILT_BY = "train-topics";
    public static final String VERSION_PREFIX = "newsflow-topics-1/";
    static final double LEVEL_ONE_THRESHOLD = 0.5;
    static final int MAX_LEVEL_ONE = 4;
    static final double LEVEL_TWO_THRESHOLD = 0.7;
    static final double LEVEL_TWO_MIN_CONFIDENCE = 0.5;

    private final TopicModel model;
    private final TopicFeatures features;
    private final String modelVersion;
    private final Map<String, List<Integer>> childrenByParent = new LinkedHashMap<>();

    /**
     * @param wordVectors the vectors the model was trained with (checked by version), or {@code null} when it was
     *                    trained without
     */
    public TopicClassifier(TopicModel model, WordVectors wordVectors, String versionSuffix) {
        if (!Objects.equals(model.wordVectorsVersion(), wordVectors == null ? null : wordVectors.version())) {
            throw new IllegalArgumentException("the topic model was trained with word vectors "
                    + model.wordVectorsVersion() + ", not " + (wordVectors == null ? "none" : wordVectors.version()));
        }
        this.model = model;
        this.features = new TopicFeatures(model.terms(), model.idf(), wordVectors);
        this.modelVersion = VERSION_PREFIX + versionSuffix;
        for (int i = 0; i < model.levelTwo().size(); i++) {
            childrenByParent.computeIfAbsent(model.levelTwo().get(i).parentQcode(), p -> new ArrayList<>()).add(i);
        }
    }

    /** The model shipped in the jar, loaded on first use and shared. */
    public static TopicClassifier loadDefault() {
        return Shipped.INSTANCE;
    }

    /** Holder idiom: the JVM loads the model once, on first access, without locking afterwards. */
    private static final class Shipped {
        static final TopicClassifier INSTANCE = load();

        private static TopicClassifier load() {
            return ShippedResource.load(RESOURCE, "topic model", BUILT_BY, bytes -> {
                TopicModel model = TopicModel.read(new ByteArrayInputStream(bytes));
                return new TopicClassifier(model, model.wordVectorsVersion() == null ? null
                        : WordVectors.loadDefault(), shortHash(bytes));
            });
        }
    }

    /** The first 12 hex digits of the file's SHA-256, which tell model files apart in version strings. */
    public static String shortHash(byte[] bytes) {
        return Sha256.hex(bytes).substring(0, 12);
    }

    /** e.g. {@code newsflow-topics-1/3fa2c09b1d4e}: the prefix names the method, the suffix hashes the model file. */
    public String modelVersion() {
        return modelVersion;
    }

    /** The 17 level-1 topics the model scores, qcode to English label, in qcode order. */
    public Map<String, String> levelOneTopics() {
        Map<String, String> topics = new LinkedHashMap<>();
        model.levelOne().forEach(topic -> topics.put(topic.qcode(), topic.label()));
        return topics;
    }

    /**
     * @param headline the article's headline (may be empty)
     * @param body     the article's text (may be empty)
     * @return level-1 topics by descending confidence, each followed by its emitted level-2 topics by descending
     *         confidence; never empty
     */
    public List<TopicScore> classify(String headline, String body) {
        SparseVector x = features.vector(headline, body);
        int topics = model.levelOne().size();
        double[] probability = new double[topics];
        double sum = 0;
        for (int t = 0; t < topics; t++) {
            probability[t] = model.levelOneProbability(t, x);
            sum += probability[t];
        }
        List<Integer> order = new ArrayList<>(topics);
        for (int t = 0; t < topics; t++) {
            order.add(t);
        }
        order.sort(Comparator.comparingDouble((Integer t) -> -probability[t]));
        List<TopicScore> scores = new ArrayList<>();
        for (int rank = 0; rank < Math.min(MAX_LEVEL_ONE, topics); rank++) {
            int t = order.get(rank);
            if (rank > 0 && probability[t] <= LEVEL_ONE_THRESHOLD) {
                break;
            }
            TopicLabel topic = model.levelOne().get(t);
            double relevance = sum > 0 ? probability[t] / sum : 0;
            scores.add(new TopicScore(topic.qcode(), topic.label(), 1, null, relevance, probability[t]));
            scores.addAll(children(x, topic, probability[t], relevance));
        }
        return scores;
    }

    /**
     * The probability of each level-1 topic, whether emitted or not, qcode to probability in qcode order: for
     * evaluation on corpora labelled with a few topics, which also asks how those rank among themselves.
     */
    public Map<String, Double> levelOneProbabilities(String headline, String body) {
        SparseVector x = features.vector(headline, body);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int t = 0; t < model.levelOne().size(); t++) {
            probabilities.put(model.levelOne().get(t).qcode(), model.levelOneProbability(t, x));
        }
        return probabilities;
    }

    private List<TopicScore> children(SparseVector x, TopicLabel parent, double parentProbability,
                                      double parentRelevance) {
        List<Integer> children = childrenByParent.getOrDefault(parent.qcode(), List.of());
        double[] probability = new double[children.size()];
        double sum = 0;
        for (int c = 0; c < children.size(); c++) {
            probability[c] = sigmoid(model.levelTwoWeights().get(children.get(c)).decision(x));
            sum += probability[c];
        }
        List<TopicScore> scores = new ArrayList<>();
        for (int c = 0; c < children.size(); c++) {
            double confidence = parentProbability * probability[c];
            if (probability[c] >= LEVEL_TWO_THRESHOLD && confidence >= LEVEL_TWO_MIN_CONFIDENCE) {
                TopicLabel child = model.levelTwo().get(children.get(c));
                scores.add(new TopicScore(child.qcode(), child.label(), 2, parent.qcode(),
                        parentRelevance * probability[c] / sum, confidence));
            }
        }
        scores.sort(Comparator.comparingDouble(TopicScore::confidence).reversed());
        return scores;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
