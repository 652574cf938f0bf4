package io.newsflow.enrich.training.topics;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.newsflow.enrich.topics.DenseWeights;
import io.newsflow.enrich.topics.LengthStandardisation;
import io.newsflow.enrich.topics.SparseVector;
import io.newsflow.enrich.topics.SparseWeights;
import io.newsflow.enrich.topics.TopicFeatures;
import io.newsflow.enrich.topics.TopicLabel;
import io.newsflow.enrich.topics.TopicModel;
import io.newsflow.enrich.topics.TopicTokenizer;
import io.newsflow.enrich.topics.WordVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Trains a {@link TopicModel} with LIBLINEAR's L2-regularised logistic regression. The one place where a model is
 * made: {@code train-topics} and the cross-validation of the {@code eval topics} task both call it.
 *
 * <p>Each level-1 topic gets its own binary model (topic against all other texts) rather than one softmax over
 * the 17, so that an article can belong to several topics. Both classes of every binary problem are weighted to
 * equal total weight: the taxonomy-only topics have a few dozen pseudo-documents against thousands of articles,
 * and without the balance their probabilities would never rise. The steps: a taxonomy model per topic
 * (pseudo-documents only, standardised on news); for the five corpus topics a news model, calibrated by one
 * shared curve; for the others a self-trained news model; then the level-2 models. LIBLINEAR's Newton solver
 * uses no randomness, so the same data give the same model. {@code docs/models/iptc-topics.md} explains why.
 */
final class TopicTrainer {
    /** A news-corpus term must occur in this many documents to be a feature; taxonomy terms are always kept. */
    static final int MIN_DOCUMENT_FREQUENCY = 3;
    /** LIBLINEAR's C: the weight of the training loss against the L2 penalty. */
    static final double COST = 4;
    /** Deviations above ordinary news at which a standardised taxonomy model gives probability one half. */
    static final double TAXONOMY_TOPIC_OFFSET = 3;
    /** A length bucket with fewer news texts borrows the statistics of its nearest neighbour. */
    private static final int MIN_TEXTS_PER_LENGTH = 30;
    /** Self-training: standardised score from which a news text counts as the topic's ... */
    static final double SELF_POSITIVE = 0;
    /** ... and below which it counts as not; texts in between are left out. */
    static final double SELF_NEGATIVE = -3;
    private static final double STOPPING_TOLERANCE = 0.01;

    private final TopicTokenizer tokenizer = new TopicTokenizer();

    /**
     * @param documents  the training texts with their topics
     * @param levelOne   the level-1 topics to learn, in output order
     * @param levelTwo   the level-2 topics to learn (those without a labelled text are left out of the model)
     * @param wordVectors the word vectors of the features' mean-vector part ({@code null}: terms only)
     */
    TopicModel train(List<LabelledDocument> documents, List<TopicLabel> levelOne, List<TopicLabel> levelTwo,
                     WordVectors wordVectors) {
        Linear.disableDebugOutput();
        List<String> terms = vocabulary(documents);
        float[] idf = inverseDocumentFrequencies(documents, terms);
        TopicFeatures features = new TopicFeatures(terms, idf, wordVectors);
        int dimension = features.dimension();
        List<SparseVector> vectors = documents.stream().map(d -> features.vector(d.headline(), d.body())).toList();
        // the taxonomy and self-trained models see the terms alone: the mean vector of a one-line definition is a
        // poor image of an article, and a self-trained model would spread its taxonomy model's mistakes to every
        // similar word (with it, BBC cross-validation fell from 0.953 to 0.943 and the Venezuela sample put
        // conflict before politics); the word vectors serve the models learnt from labelled news
        List<SparseVector> termVectors = vectors.stream().map(SparseVector::termsOnly).toList();

        // first every topic's model from the taxonomy texts alone: a topic no news corpus labels learns from them
        // (the corpus articles carry one label each although many also touch such a topic, a politics story about
        // a court case, so as plain negatives they would teach it to ignore its own words)
        List<DenseWeights> fromTaxonomy = new ArrayList<>();
        for (TopicLabel topic : levelOne) {
            IntPredicate positive = i -> documents.get(i).level1().contains(topic.qcode());
            float[] w = trainBinary(termVectors, dimension, i -> documents.get(i).taxonomyText(), positive, true);
            fromTaxonomy.add(standardisedOnNews(new DenseWeights(withoutIntercept(w), w[dimension], null),
                    vectors, documents));
        }
        double[][] taxonomyScores = new double[levelOne.size()][];
        for (int t = 0; t < levelOne.size(); t++) {
            taxonomyScores[t] = scores(fromTaxonomy.get(t), vectors, documents);
        }
        double[] goldTaxonomyScore = goldTopicScores(taxonomyScores, levelOne, documents);

        List<DenseWeights> levelOneWeights = new ArrayList<>();
        List<DenseWeights> levelOneTaxonomyWeights = new ArrayList<>();
        for (int t = 0; t < levelOne.size(); t++) {
            String qcode = levelOne.get(t).qcode();
            IntPredicate positive = i -> documents.get(i).level1().contains(qcode);
            boolean inCorpus = count(documents.size(), i -> positive.test(i) && !documents.get(i).taxonomyText()) > 0;
            if (inCorpus) {
                // a corpus topic also keeps its taxonomy model: the corpus shows only part of the topic (BBC tech
                // news has gadgets and the internet but hardly any astronomy)
                // unlabelled news is left out: a story without a label may still be about the topic
                float[] c = trainBinary(vectors, dimension,
                        i -> documents.get(i).source() != LabelledDocument.Source.UNLABELLED, positive, false);
                levelOneWeights.add(new DenseWeights(withoutIntercept(c), 0, null));
                levelOneTaxonomyWeights.add(fromTaxonomy.get(t));
            } else {
                levelOneWeights.add(selfTrained(taxonomyScores[t], goldTaxonomyScore, termVectors, documents,
                        positive, dimension));
                levelOneTaxonomyWeights.add(null);
            }
        }
        sharedCalibration(levelOneWeights, levelOneTaxonomyWeights, levelOne, vectors, documents);
        List<TopicLabel> keptLevelTwo = new ArrayList<>();
        List<SparseWeights> levelTwoWeights = new ArrayList<>();
        for (TopicLabel topic : levelTwo) {
            Set<String> siblings = new HashSet<>();
            levelTwo.stream().filter(t -> t.parentQcode().equals(topic.parentQcode()))
                    .forEach(t -> siblings.add(t.qcode()));
            // the level-2 model only ever runs once its parent is emitted, so it learns to tell the topic from its
            // siblings, on the texts labelled with one of them
            IntPredicate underParent = i -> documents.get(i).level2().stream().anyMatch(siblings::contains);
            IntPredicate positive = i -> documents.get(i).level2().contains(topic.qcode());
            if (count(documents.size(), positive) == 0
                    || count(documents.size(), i -> underParent.test(i) && !positive.test(i)) == 0) {
                continue;
            }
            float[] w = trainBinary(vectors, dimension, underParent, positive, true);
            keptLevelTwo.add(topic);
            levelTwoWeights.add(SparseWeights.of(withoutIntercept(w), w[dimension]));
        }
        return new TopicModel(terms, idf, wordVectors == null ? null : wordVectors.version(),
                wordVectors == null ? 0 : wordVectors.dimension(), levelOne, levelOneWeights,
                levelOneTaxonomyWeights, keptLevelTwo, levelTwoWeights);
    }

    /**
     * A model trained on taxonomy texts alone scores news on a scale of its own; {@link LengthStandardisation}
     * puts it on the scale of the news training texts (which this topic does not label) of similar length.
     */
    private static DenseWeights standardisedOnNews(DenseWeights raw, List<SparseVector> vectors,
                                                   List<LabelledDocument> documents) {
        int buckets = LengthStandardisation.BUCKETS;
        double[] sum = new double[buckets];
        double[] squares = new double[buckets];
        int[] n = new int[buckets];
        for (int i = 0; i < vectors.size(); i++) {
            if (!documents.get(i).taxonomyText()) {
                SparseVector x = vectors.get(i);
                int b = LengthStandardisation.bucket(x.terms());
                double d = raw.decision(x);
                sum[b] += d;
                squares[b] += d * d;
                n[b]++;
            }
        }
        float[] centres = new float[buckets];
        float[] deviations = new float[buckets];
        for (int b = 0; b < buckets; b++) {
            // a bucket with too few texts borrows the statistics of the nearest one that has enough
            int source = nearestFilled(n, b);
            double mean = sum[source] / n[source];
            centres[b] = (float) mean;
            deviations[b] = (float) Math.sqrt(Math.max(squares[source] / n[source] - mean * mean, 1e-12));
        }
        return new DenseWeights(raw.weights(), raw.bias(),
                new LengthStandardisation(centres, deviations, (float) TAXONOMY_TOPIC_OFFSET));
    }

    /**
     * Self-training for a topic no news corpus labels: the news training texts its taxonomy model is sure about
     * (standardised score at least {@value #SELF_POSITIVE}, and at least the taxonomy score of the text's own
     * labelled topic, so that a sport report is not taken for leisure because it mentions games) count as the
     * topic's; those it is sure are not (below {@value #SELF_NEGATIVE}) count as not, and so does every labelled
     * news text whose own topic the taxonomy models rate higher (the corpus label says what it is mainly about,
     * so it should not pull a taxonomy-only topic up); a news model is trained on them with the taxonomy texts. It
     * learns words news uses for the topic that no definition does (detective, magistrate, picket).
     */
    private static DenseWeights selfTrained(double[] score, double[] goldScore, List<SparseVector> vectors,
                                            List<LabelledDocument> documents, IntPredicate positive, int dimension) {
        IntPredicate marked = i -> !documents.get(i).taxonomyText() && score[i] >= SELF_POSITIVE
                && score[i] >= goldScore[i];
        IntPredicate included = i -> documents.get(i).taxonomyText() || marked.test(i) || score[i] < SELF_NEGATIVE
                || (documents.get(i).labelledNews() && score[i] < goldScore[i]);
        float[] w = trainBinary(vectors, dimension, included,
                i -> documents.get(i).taxonomyText() ? positive.test(i) : marked.test(i), false);
        return new DenseWeights(withoutIntercept(w), 0, null);
    }

    /** A model's score on each news text (0 for taxonomy texts, which are never marked by it). */
    private static double[] scores(DenseWeights model, List<SparseVector> vectors, List<LabelledDocument> documents) {
        double[] score = new double[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            score[i] = documents.get(i).taxonomyText() ? 0 : model.decision(vectors.get(i));
        }
        return score;
    }

    /** For each news text, the highest taxonomy score among the topics it is labelled with. */
    private static double[] goldTopicScores(double[][] taxonomyScores, List<TopicLabel> levelOne,
                                            List<LabelledDocument> documents) {
        double[] gold = new double[documents.size()];
        Arrays.fill(gold, Double.NEGATIVE_INFINITY);
        for (int t = 0; t < levelOne.size(); t++) {
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i).level1().contains(levelOne.get(t).qcode())) {
                    gold[i] = Math.max(gold[i], taxonomyScores[t][i]);
                }
            }
        }
        return gold;
    }

    /**
     * The news-corpus models learn no intercept, which leaves their probabilities on an arbitrary scale. One
     * logistic curve (slope and intercept) shared by all of them is fitted to their scores on the news training
     * texts, so that they say how often a topic applies without any of them starting ahead of the others.
     */
    private static void sharedCalibration(List<DenseWeights> weights, List<DenseWeights> taxonomyWeights,
                                          List<TopicLabel> levelOne, List<SparseVector> vectors,
                                          List<LabelledDocument> documents) {
        List<double[]> scored = new ArrayList<>();
        for (int t = 0; t < weights.size(); t++) {
            if (taxonomyWeights.get(t) == null) {
                continue;
            }
            String qcode = levelOne.get(t).qcode();
            for (int i = 0; i < vectors.size(); i++) {
                if (documents.get(i).labelledNews()) {
                    scored.add(new double[] {weights.get(t).decision(vectors.get(i)),
                            documents.get(i).level1().contains(qcode) ? 1 : 0});
                }
            }
        }
        double[] slopeIntercept = PlattScaling.fit(scored);
        for (int t = 0; t < weights.size(); t++) {
            if (taxonomyWeights.get(t) != null) {
                DenseWeights raw = weights.get(t);
                float[] scaled = new float[raw.weights().length];
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] = (float) (raw.weights()[i] * slopeIntercept[0]);
                }
                weights.set(t, new DenseWeights(scaled, (float) slopeIntercept[1], null));
            }
        }
    }

    private static int nearestFilled(int[] n, int bucket) {
        for (int distance = 0; distance < n.length; distance++) {
            for (int candidate : new int[] {bucket - distance, bucket + distance}) {
                if (candidate >= 0 && candidate < n.length && n[candidate] >= MIN_TEXTS_PER_LENGTH) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("no news training texts to standardise a taxonomy model on");
    }

    private List<String> vocabulary(List<LabelledDocument> documents) {
        Map<String, Integer> corpusFrequency = new HashMap<>();
        Set<String> taxonomyTerms = new HashSet<>();
        for (LabelledDocument document : documents) {
            Set<String> distinct = distinctTerms(document);
            switch (document.source()) {
                case TAXONOMY -> taxonomyTerms.addAll(distinct);
                case ARTICLE, UNLABELLED -> distinct.forEach(term -> corpusFrequency.merge(term, 1, Integer::sum));
                // a lead repeats its article's words: counting them again would let one article's opening
                // sentence pass the frequency threshold
                case LEAD -> { }
            }
        }
        TreeMap<String, Boolean> kept = new TreeMap<>();
        taxonomyTerms.forEach(term -> kept.put(term, true));
        corpusFrequency.forEach((term, df) -> {
            if (df >= MIN_DOCUMENT_FREQUENCY) {
                kept.put(term, true);
            }
        });
        return List.copyOf(kept.keySet());
    }

    private float[] inverseDocumentFrequencies(List<LabelledDocument> documents, List<String> terms) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            position.put(terms.get(i), i);
        }
        int[] frequency = new int[terms.size()];
        for (LabelledDocument document : documents) {
            for (String term : distinctTerms(document)) {
                Integer i = position.get(term);
                if (i != null) {
                    frequency[i]++;
                }
            }
        }
        float[] idf = new float[terms.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((documents.size() + 1.0) / (frequency[i] + 1.0)) + 1);
        }
        return idf;
    }

    private Set<String> distinctTerms(LabelledDocument document) {
        Set<String> distinct = new HashSet<>(tokenizer.terms(document.headline()));
        distinct.addAll(tokenizer.terms(document.body()));
        return distinct;
    }

    /**
     * @param intercept whether to learn an intercept. The news-corpus models learn none, so that a text with no
     *                  evidence scores one half for every topic: with one, the economy model (whose thousands of
     *                  Reuters positives cover much general news vocabulary) started ahead of the others on any text
     *                  with few known words and took a large share of AG News sport and science stories. The
     *                  taxonomy models keep theirs (their scores are re-centred on news anyway, and without it they
     *                  found far fewer of our test articles).
     * @return the weights of the positive class, then the intercept (0 without one)
     */
    private static float[] trainBinary(List<SparseVector> vectors, int dimension, IntPredicate included,
                                       IntPredicate positive, boolean intercept) {
        List<Feature[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int positives = 0;
        for (int i = 0; i < vectors.size(); i++) {
            if (included.test(i)) {
                x.add(liblinearRow(vectors.get(i), dimension, intercept));
                boolean isPositive = positive.test(i);
                y.add(isPositive ? 1.0 : -1.0);
                positives += isPositive ? 1 : 0;
            }
        }
        Problem problem = new Problem();
        problem.l = x.size();
        problem.n = intercept ? dimension + 1 : dimension;
        problem.bias = intercept ? 1 : -1;
        problem.x = x.toArray(new Feature[0][]);
        problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        int negatives = problem.l - positives;
        Parameter parameter = new Parameter(SolverType.L2R_LR, COST, STOPPING_TOLERANCE);
        parameter.setWeights(new double[] {problem.l / (2.0 * positives), problem.l / (2.0 * negatives)},
                new int[] {1, -1});
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        // LIBLINEAR orients a binary model towards the label it met first
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[dimension + 1];
        for (int i = 0; i < w.length; i++) {
            weights[i] = (float) (sign * w[i]);
        }
        return weights;
    }

    private static Feature[] liblinearRow(SparseVector vector, int dimension, boolean intercept) {
        Feature[] row = new Feature[intercept ? vector.size() + 1 : vector.size()];
        for (int i = 0; i < vector.size(); i++) {
            row[i] = new FeatureNode(vector.indices()[i] + 1, vector.values()[i]);
        }
        if (intercept) {
            row[vector.size()] = new FeatureNode(dimension + 1, 1);
        }
        return row;
    }

    private static float[] withoutIntercept(float[] weightsAndIntercept) {
        return Arrays.copyOf(weightsAndIntercept, weightsAndIntercept.length - 1);
    }

    private static int count(int size, IntPredicate predicate) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += predicate.test(i) ? 1 : 0;
        }
        return n;
    }
}
