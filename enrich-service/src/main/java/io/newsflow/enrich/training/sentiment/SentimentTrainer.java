package io.newsflow.enrich.training.sentiment;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.newsflow.enrich.metrics.ConfusionMatrix;
import io.newsflow.enrich.sentiment.FeatureSink;
import io.newsflow.enrich.sentiment.LinearSentimentModel;
import io.newsflow.enrich.sentiment.RegionWordVectors;
import io.newsflow.enrich.sentiment.SentimentFeatures;
import io.newsflow.enrich.sentiment.SentimentLabel;
import io.newsflow.enrich.sentiment.SentimentTokenizer;
import io.newsflow.enrich.sentiment.Token;
import io.newsflow.enrich.topics.WordVectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the target and sentence models with LIBLINEAR's L2-regularised logistic regression (one-vs-rest,
 * which gives probabilities), optionally on naive-Bayes-scaled binary features (NB-LR, see {@link #fit}), and
 * folds the lexicon-valence features into per-word weights.
 *
 * <p>Lexicon features: for each region ({@link SentimentFeatures}: sentence, clause left and right of the
 * mention, distance 1, 2–3 and 4–7 on either side) four sums over the
 * region's words — positive VADER valence/4, negative VADER valence/4, Hu &amp; Liu positive count, Hu &amp; Liu
 * negative count — where a negated word has its VADER valence multiplied by {@value #NEGATED_VALENCE} and its
 * Hu &amp; Liu polarity flipped, each sum scaled by the region's factor. Each sum is linear in the words, so
 * its learned weight times the word's contribution is an exact per-word, per-slot weight: that is what ships.
 *
 * <p>Word-vector features: for each region, the sum of its words' unit vectors (CoreNLP's English embeddings,
 * shared with the topic model), scaled like the lexicon sums. They are linear in the words too; what ships is
 * each region's weights ({@link RegionWordVectors}), and inference adds a word's vector times them.
 */
final class SentimentTrainer {
    static final int MIN_FEATURE_COUNT = 2;
    static final double NEGATED_VALENCE = -0.7;
    /** The sentence-wide sums see many words, so each counts less than one near the target. */
    static final double[] REGION_SCALE = {0.3, 0.5, 0.5, 1.0, 0.7, 0.5, 1.0, 0.7, 0.5};
    private static final int STATS = 4;
    private static final int LEXICON_FEATURES = SentimentFeatures.REGIONS * STATS;
    private static final double EPSILON = 0.01;

    private final SentimentLexicons lexicons;
    private final WordVectors wordVectors;

    /**
     * @param wordVectors the word vectors whose sums per region are further dense features ({@code null}: none)
     */
    SentimentTrainer(SentimentLexicons lexicons, WordVectors wordVectors) {
        this.lexicons = lexicons;
        this.wordVectors = wordVectors;
    }

    /**
     * One training instance.
     *
     * @param features the named (binary) features
     * @param dense    the real-valued features: the {@link #LEXICON_FEATURES} lexicon sums, then per region the
     *                 sum of its words' unit vectors (as many values as the vectors have dimensions)
     * @param group    the sentence it comes from: cross-validation keeps a sentence's mentions in one fold
     * @param shared   whether its sentence has other annotated mentions (the hard case: same words, maybe
     *                 another polarity), reported apart in cross-validation
     */
    record Example(List<String> features, double[] dense, SentimentLabel label, int group, boolean shared) {
    }

    private final class ExampleSink implements FeatureSink {
        private final Set<String> features = new LinkedHashSet<>();
        private final double[] dense = new double[denseFeatures()];
        private final double[] vector = new double[wordVectors == null ? 0 : wordVectors.dimension()];

        @Override
        public void add(String kind, String word) {
            features.add(kind + ':' + word);
        }

        @Override
        public void lexicon(int slot, String word) {
            int region = slot / 2;
            double[] stats = stats(word, slot % 2 == 1);
            for (int j = 0; j < STATS; j++) {
                dense[region * STATS + j] += REGION_SCALE[region] * stats[j];
            }
            // the vector is summed whether the word is negated or not: it says what the word is about, and the
            // negation features say what happens to it
            if (wordVectors != null && wordVectors.unitVector(word, vector)) {
                int offset = LEXICON_FEATURES + region * vector.length;
                for (int d = 0; d < vector.length; d++) {
                    dense[offset + d] += REGION_SCALE[region] * vector[d];
                }
            }
        }
    }

    /** Lexicon sums, then a word-vector sum per region. */
    private int denseFeatures() {
        return LEXICON_FEATURES + (wordVectors == null ? 0 : SentimentFeatures.REGIONS * wordVectors.dimension());
    }

    private static int denseCount(List<Example> examples) {
        return examples.isEmpty() ? LEXICON_FEATURES : examples.get(0).dense().length;
    }

    private double[] stats(String word, boolean negated) {
        double valence = lexicons.vader(word) / 4;
        int polarity = lexicons.bingLiu(word);
        if (negated) {
            valence *= NEGATED_VALENCE;
            polarity = -polarity;
        }
        return new double[] {Math.max(valence, 0), Math.max(-valence, 0), polarity > 0 ? 1 : 0, polarity < 0 ? 1 : 0};
    }

    List<Example> targetExamples(List<NewsMtscReader.Sentence> sentences) {
        List<Example> examples = new ArrayList<>();
        for (int group = 0; group < sentences.size(); group++) {
            NewsMtscReader.Sentence sentence = sentences.get(group);
            List<Token> tokens = SentimentTokenizer.tokenize(sentence.text());
            for (NewsMtscReader.Target target : sentence.targets()) {
                ExampleSink sink = new ExampleSink();
                SentimentFeatures.target(tokens, target.from(), target.to(), sink);
                examples.add(new Example(List.copyOf(sink.features), sink.dense, target.polarity(), group,
                        sentence.targets().size() > 1));
            }
        }
        return examples;
    }

    /**
     * Sentence instances: NewsMTSC has no sentence labels, so a sentence whose annotated mentions all share one
     * polarity takes that polarity (how the sentence treats the people in it), the others are left out.
     */
    List<Example> sentenceExamples(List<NewsMtscReader.Sentence> sentences) {
        List<Example> examples = new ArrayList<>();
        for (int group = 0; group < sentences.size(); group++) {
            NewsMtscReader.Sentence sentence = sentences.get(group);
            sentence.unanimousPolarity().ifPresent(label -> {
                ExampleSink sink = new ExampleSink();
                SentimentFeatures.sentence(SentimentTokenizer.tokenize(sentence.text()), sink);
                examples.add(new Example(List.copyOf(sink.features), sink.dense, label, examples.size(),
                        false));
            });
        }
        return examples;
    }

    /**
     * Cross-validation figures.
     *
     * @param all    every example
     * @param shared the examples whose sentence has more than one annotated mention
     * @param labels the gold label of each example that was scored
     * @param probabilities its out-of-fold probabilities (negative, neutral, positive)
     * @param folds  the fold each was scored in
     */
    record CrossValidation(ConfusionMatrix<SentimentLabel> all, ConfusionMatrix<SentimentLabel> shared, List<SentimentLabel> labels,
                           List<double[]> probabilities, List<Integer> folds) {
        /** The same figures restricted to the examples scored in (or, {@code inFold} false, outside) a fold. */
        CrossValidation fold(int fold, boolean inFold) {
            List<SentimentLabel> keptLabels = new ArrayList<>();
            List<double[]> keptProbabilities = new ArrayList<>();
            List<Integer> keptFolds = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if ((folds.get(i) == fold) == inFold) {
                    keptLabels.add(labels.get(i));
                    keptProbabilities.add(probabilities.get(i));
                    keptFolds.add(folds.get(i));
                }
            }
            return new CrossValidation(null, null, keptLabels, keptProbabilities, keptFolds);
        }
    }

    /**
     * Weights for the class probabilities ({@link LinearSentimentModel}) and what they give.
     *
     * @param macroF1       macro-F1 with these weights on the predictions they were chosen on (optimistic)
     * @param nestedMacroF1 macro-F1 when each fold's weights are chosen on the other folds' predictions: the
     *                      honest estimate of the whole procedure
     */
    record ClassWeights(double[] weights, double macroF1, double nestedMacroF1) {
    }

    /**
     * Class weights for the decision, chosen on out-of-fold probabilities: macro-F1 counts the small positive
     * class as much as the others, and plain argmax under-predicts it. Neutral keeps weight 1; the negative and
     * positive weights come from a grid ({@value #WEIGHT_MIN}..{@value #WEIGHT_MAX}); a tie keeps the weights
     * nearer 1.
     */
    static ClassWeights chooseClassWeights(CrossValidation figures, int folds) {
        ConfusionMatrix<SentimentLabel> nested = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        for (int fold = 0; fold < folds; fold++) {
            double[] weights = bestWeights(figures.fold(fold, false));
            CrossValidation held = figures.fold(fold, true);
            for (int i = 0; i < held.labels().size(); i++) {
                nested.add(held.labels().get(i), decide(held.probabilities().get(i), weights));
            }
        }
        double[] weights = bestWeights(figures);
        return new ClassWeights(weights, macroF1(figures, weights), nested.macroF1());
    }

    private static double[] bestWeights(CrossValidation figures) {
        double[] best = {1, 1, 1};
        double bestF1 = macroF1(figures, best);
        for (int negativeStep = 0; negativeStep <= WEIGHT_STEPS; negativeStep++) {
            for (int positiveStep = 0; positiveStep <= WEIGHT_STEPS; positiveStep++) {
                double[] weights = {weight(negativeStep), 1, weight(positiveStep)};
                double f1 = macroF1(figures, weights);
                if (f1 > bestF1 + 1e-9 || f1 > bestF1 - 1e-9 && distanceFromOne(weights) < distanceFromOne(best)) {
                    bestF1 = f1;
                    best = weights;
                }
            }
        }
        return best;
    }

    private static SentimentLabel decide(double[] p, double[] weights) {
        return SentimentLabel.argmax(p[0] * weights[0], p[1] * weights[1], p[2] * weights[2]);
    }

    static final double WEIGHT_MIN = 0.5;
    static final double WEIGHT_MAX = 2.0;
    private static final int WEIGHT_STEPS = 30;

    private static double weight(int step) {
        return Math.round((WEIGHT_MIN + step * (WEIGHT_MAX - WEIGHT_MIN) / WEIGHT_STEPS) * 1000) / 1000.0;
    }

    private static double distanceFromOne(double[] weights) {
        return Math.abs(weights[0] - 1) + Math.abs(weights[2] - 1);
    }

    private static double macroF1(CrossValidation figures, double[] weights) {
        ConfusionMatrix<SentimentLabel> matrix = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        for (int i = 0; i < figures.labels().size(); i++) {
            double[] p = figures.probabilities().get(i);
            matrix.add(figures.labels().get(i), decide(p, weights));
        }
        return matrix.macroF1();
    }

    /** K-fold cross-validation with folds by sentence ({@code group % folds}): the same split on every run. */
    CrossValidation crossValidate(List<Example> examples, double c, double nbAlpha, int folds) {
        ConfusionMatrix<SentimentLabel> matrix = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        ConfusionMatrix<SentimentLabel> shared = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        List<SentimentLabel> labels = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Integer> foldOf = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (Example example : examples) {
                (example.group() % folds == fold ? test : train).add(example);
            }
            Map<String, Integer> index = index(train);
            Fit fit = fit(train, index, c, nbAlpha);
            for (Example example : test) {
                double[] byClass = fit.probabilities(vector(example, index));
                labels.add(example.label());
                probabilities.add(byClass);
                foldOf.add(fold);
                SentimentLabel predicted = SentimentLabel.argmax(byClass[0], byClass[1], byClass[2]);
                matrix.add(example.label(), predicted);
                if (example.shared()) {
                    shared.add(example.label(), predicted);
                }
            }
        }
        return new CrossValidation(matrix, shared, labels, probabilities, foldOf);
    }

    /**
     * Trains on all examples and returns the model with lexicon sums folded into per-word weights.
     *
     * @param nbAlpha      smoothing of the naive-Bayes log-count ratios the binary features are scaled by; 0: no
     *                     scaling (plain logistic regression)
     * @param classWeights what the class probabilities are multiplied by before they are normalised
     */
    LinearSentimentModel train(List<Example> examples, double c, double nbAlpha, double[] classWeights) {
        Map<String, Integer> index = index(examples);
        Fit fit = fit(examples, index, c, nbAlpha);
        Map<String, float[]> features = new HashMap<>(index.size() * 2);
        index.forEach((name, i) -> {
            float[] weights = new float[3];
            for (int k = 0; k < 3; k++) {
                weights[k] = (float) fit.weights()[k][i];
            }
            features.put(name, weights);
        });
        float[] bias = new float[3];
        for (int k = 0; k < 3; k++) {
            bias[k] = (float) fit.bias()[k];
        }
        float[] weights = {(float) classWeights[0], (float) classWeights[1], (float) classWeights[2]};
        return new LinearSentimentModel(features, foldLexicon(fit), bias, weights, foldWordVectors(fit));
    }

    /** The weights of each region's vector sum, times the region's scale: what one word's unit vector adds. */
    private RegionWordVectors foldWordVectors(Fit fit) {
        if (wordVectors == null) {
            return null;
        }
        int dimension = wordVectors.dimension();
        float[][] weights = new float[SentimentFeatures.REGIONS][3 * dimension];
        for (int region = 0; region < SentimentFeatures.REGIONS; region++) {
            for (int k = 0; k < 3; k++) {
                for (int d = 0; d < dimension; d++) {
                    weights[region][k * dimension + d] = (float) (REGION_SCALE[region]
                            * fit.weights()[k][1 + LEXICON_FEATURES + region * dimension + d]);
                }
            }
        }
        return new RegionWordVectors(wordVectors, weights);
    }

    private Map<String, float[]> foldLexicon(Fit fit) {
        Map<String, float[]> folded = new HashMap<>();
        for (String word : lexicons.words()) {
            List<Token> tokens = SentimentTokenizer.tokenize(word);
            // a lexicon entry the tokenizer splits (emoticons, "cover-up") can never be looked up as one token
            if (tokens.size() != 1 || !tokens.get(0).text().equals(word)) {
                continue;
            }
            float[] weights = new float[SentimentFeatures.slots() * 3];
            boolean any = false;
            for (int slot = 0; slot < SentimentFeatures.slots(); slot++) {
                int region = slot / 2;
                double[] stats = stats(word, slot % 2 == 1);
                for (int k = 0; k < 3; k++) {
                    double sum = 0;
                    for (int j = 0; j < STATS; j++) {
                        sum += fit.weights()[k][1 + region * STATS + j] * stats[j];
                    }
                    weights[slot * 3 + k] = (float) (REGION_SCALE[region] * sum);
                    any |= sum != 0;
                }
            }
            if (any) {
                folded.put(word, weights);
            }
        }
        return folded;
    }

    /** Named features seen in at least {@link #MIN_FEATURE_COUNT} examples, numbered after the lexicon sums. */
    private static Map<String, Integer> index(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example example : examples) {
            example.features().forEach(feature -> counts.merge(feature, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        int next = denseCount(examples) + 1;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= MIN_FEATURE_COUNT) {
                index.put(entry.getKey(), next++);
            }
        }
        return index;
    }

    /**
     * @param scale  per feature number, what its value is multiplied by (null: 1)
     * @param oneVsRest the class that is label 1 against all others as label 0, or −1 for the three classes
     */
    private static Problem problem(List<Example> examples, Map<String, Integer> index, double[] scale,
                                   int oneVsRest) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = denseCount(examples) + index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Feature[] vector = vector(examples.get(i), index);
            if (scale != null) {
                for (int j = 0; j < vector.length - 1; j++) {
                    vector[j] = new FeatureNode(vector[j].getIndex(), vector[j].getValue() * scale[vector[j].getIndex()]);
                }
            }
            problem.x[i] = vector;
            int label = examples.get(i).label().ordinal();
            problem.y[i] = oneVsRest < 0 ? label : label == oneVsRest ? 1 : 0;
        }
        return problem;
    }

    /** The example's features in index order, ending with the constant bias feature LIBLINEAR expects last. */
    private static Feature[] vector(Example example, Map<String, Integer> index) {
        List<Feature> features = new ArrayList<>();
        double[] dense = example.dense();
        for (int j = 0; j < dense.length; j++) {
            if (dense[j] != 0) {
                features.add(new FeatureNode(j + 1, dense[j]));
            }
        }
        example.features().stream().map(index::get).filter(java.util.Objects::nonNull).sorted()
                .forEach(i -> features.add(new FeatureNode(i, 1)));
        features.add(new FeatureNode(dense.length + index.size() + 1, 1));
        return features.toArray(Feature[]::new);
    }

    private static Parameter parameter(double c) {
        de.bwaldvogel.liblinear.Linear.disableDebugOutput();
        return new Parameter(SolverType.L2R_LR, c, EPSILON);
    }

    /** LIBLINEAR numbers classes in order of first appearance; position[k] is where class k ended up. */
    private static int[] classPositions(Model model) {
        int[] labels = model.getLabels();
        if (labels.length != 3) {
            throw new IllegalStateException("the training data (or a cross-validation fold of it) lacks one of the"
                    + " three polarities");
        }
        int[] position = new int[3];
        for (int j = 0; j < labels.length; j++) {
            position[labels[j]] = j;
        }
        return position;
    }

    /**
     * A trained linear model over a feature index: per class, a weight for each LIBLINEAR feature number (0
     * unused) and a bias. Probabilities as LIBLINEAR's one-vs-rest logistic regression and
     * {@link LinearSentimentModel} compute them: a sigmoid per class, normalised to sum to one.
     */
    record Fit(double[][] weights, double[] bias) {
        double[] probabilities(Feature[] vector) {
            double[] p = new double[3];
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double score = bias[k];
                // the last element is LIBLINEAR's constant bias feature, which bias[k] already stands for
                for (int j = 0; j < vector.length - 1; j++) {
                    score += weights[k][vector[j].getIndex()] * vector[j].getValue();
                }
                p[k] = 1 / (1 + Math.exp(-score));
                sum += p[k];
            }
            for (int k = 0; k < 3; k++) {
                p[k] /= sum;
            }
            return p;
        }
    }

    /**
     * Trains one-vs-rest logistic regression. With {@code nbAlpha} &gt; 0 each class's binary problem sees its
     * binary features scaled by their log-count ratio for that class (NB-LR, after Wang &amp; Manning 2012's
     * NB-SVM): a feature's naive-Bayes evidence becomes its starting scale, and the regulariser then pulls
     * weights towards that evidence rather than towards zero. The scaled weight times the ratio is again one
     * weight per binary feature, so the shipped model and inference do not change.
     */
    static Fit fit(List<Example> examples, Map<String, Integer> index, double c, double nbAlpha) {
        int n = denseCount(examples) + index.size() + 1;
        double[][] weights = new double[3][n + 1];
        double[] bias = new double[3];
        if (nbAlpha <= 0) {
            Model model = Linear.train(problem(examples, index, null, -1), parameter(c));
            int[] position = classPositions(model);
            for (int k = 0; k < 3; k++) {
                for (int j = 1; j < n; j++) {
                    weights[k][j] = model.getDecfunCoef(j, position[k]);
                }
                bias[k] = model.getDecfunBias(position[k]);
            }
            return new Fit(weights, bias);
        }
        double[][] ratios = logCountRatios(examples, index, n, nbAlpha);
        for (int k = 0; k < 3; k++) {
            Model model = Linear.train(problem(examples, index, ratios[k], k), parameter(c));
            int positive = model.getLabels()[0] == 1 ? 0 : 1;
            for (int j = 1; j < n; j++) {
                weights[k][j] = model.getDecfunCoef(j, positive) * ratios[k][j];
            }
            bias[k] = model.getDecfunBias(positive);
        }
        return new Fit(weights, bias);
    }

    /**
     * Per class, each binary feature's log-count ratio {@code log((a + f_k) / |a + f_k|) − log((a + f_rest) /
     * |a + f_rest|)} with smoothing {@code a = nbAlpha}; the real-valued lexicon sums and the bias keep scale 1.
     */
    private static double[][] logCountRatios(List<Example> examples, Map<String, Integer> index, int n,
                                             double nbAlpha) {
        int dense = denseCount(examples);
        double[][] inClass = new double[3][n + 1];
        double[] all = new double[n + 1];
        int[] classSize = new int[3];
        for (Example example : examples) {
            classSize[example.label().ordinal()]++;
            for (String feature : example.features()) {
                Integer j = index.get(feature);
                if (j != null) {
                    inClass[example.label().ordinal()][j]++;
                    all[j]++;
                }
            }
        }
        double[][] ratios = new double[3][n + 1];
        for (int k = 0; k < 3; k++) {
            double inTotal = 0;
            double restTotal = 0;
            for (int j = dense + 1; j < n; j++) {
                inTotal += nbAlpha + inClass[k][j];
                restTotal += nbAlpha + all[j] - inClass[k][j];
            }
            java.util.Arrays.fill(ratios[k], 1);
            for (int j = dense + 1; j < n; j++) {
                ratios[k][j] = Math.log((nbAlpha + inClass[k][j]) / inTotal)
                        - Math.log((nbAlpha + all[j] - inClass[k][j]) / restTotal);
            }
        }
        return ratios;
    }
}
