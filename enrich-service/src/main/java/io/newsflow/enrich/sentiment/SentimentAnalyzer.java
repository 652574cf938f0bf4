package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.resources.ShippedResource;
import io.newsflow.enrich.topics.WordVectors;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Sentiment at three levels — the article's tone, each sentence, each entity mention — from two linear models
 * trained on NewsMTSC by the {@value #BUILT_BY} command (see docs/models/target-sentiment.md). No parser, no
 * lexicon files at run time: a mention costs one tokenisation, about a hundred hash look-ups and a dot product per
 * region word with a vector (the word vectors ship for the topic model too).
 * Immutable and thread-safe; {@link #loadDefault()} shares one instance.
 */
public final class SentimentAnalyzer {
    /** Where the trained model ships on the classpath. */
    public static final String RESOURCE = "sentiment/sentiment-model.txt.gz";
    /** The offline command that trains the model file; a runtime class names it, never imports it. */
    public static final String BUILT_BY = "train-sentiment";
    static final String MAGIC = "newsflow-sentiment";
    /** Log-odds a word must add towards positive (or negative) to count as a positive (negative) word in tone. */
    public static final double WORD_VALENCE_THRESHOLD = 0.9;
    /** Document tones closer to 0 than this are labelled neutral. */
    public static final double TONE_NEUTRAL_BAND = 0.2;
    /** Documents with fewer charged words than this percentage are labelled neutral whatever their balance. */
    public static final double MIN_POLARITY = 1.0;

    private final String modelVersion;
    private final LinearSentimentModel targetModel;
    private final LinearSentimentModel sentenceModel;

    public SentimentAnalyzer(String modelVersion, LinearSentimentModel targetModel, LinearSentimentModel sentenceModel) {
        this.modelVersion = modelVersion;
        this.targetModel = targetModel;
        this.sentenceModel = sentenceModel;
    }

    private static final class Shared {
        static final SentimentAnalyzer INSTANCE = loadResource();
    }

    /** The shipped model, read once from the classpath on first use and shared by all callers. */
    public static SentimentAnalyzer loadDefault() {
        return Shared.INSTANCE;
    }

    private static SentimentAnalyzer loadResource() {
        return ShippedResource.load("/" + RESOURCE, "sentiment model", BUILT_BY,
                bytes -> read(new ByteArrayInputStream(bytes)));
    }

    /** Reads a model file as the {@value #BUILT_BY} command writes it (gzip), with the shipped word vectors. */
    public static SentimentAnalyzer read(InputStream gzipped) throws IOException {
        return read(gzipped, WordVectors.loadDefault());
    }

    /** @param vectors the word vectors the model was trained with (checked by version) */
    static SentimentAnalyzer read(InputStream gzipped, WordVectors vectors) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null || !header.startsWith(MAGIC + '\t')) {
            throw new IOException("not a newsflow sentiment model");
        }
        String version = header.substring(MAGIC.length() + 1);
        expectModel(in, "target");
        LinearSentimentModel target = LinearSentimentModel.read(in, vectors);
        expectModel(in, "sentence");
        LinearSentimentModel sentence = LinearSentimentModel.read(in, vectors);
        return new SentimentAnalyzer(version, target, sentence);
    }

    public void write(Writer out) throws IOException {
        out.write(MAGIC + '\t' + modelVersion + '\n');
        out.write("model\ttarget\n");
        targetModel.write(out);
        out.write("model\tsentence\n");
        sentenceModel.write(out);
    }

    private static void expectModel(BufferedReader in, String name) throws IOException {
        String line = in.readLine();
        if (!("model\t" + name).equals(line)) {
            throw new IOException("sentiment model: expected the " + name + " model, found " + line);
        }
    }

    /** Names the trained model (training data, method, hyper-parameters), for the event's provenance. */
    public String modelVersion() {
        return modelVersion;
    }

    /** The tone of an article given as its sentences (see {@link DocumentTone} for the definition). */
    public DocumentTone tone(List<String> sentences) {
        return toneOfTokenized(sentences.stream().map(SentimentTokenizer::tokenize).toList());
    }

    /** As {@link #tone(List)}, for sentences already split by {@link SentimentTokenizer#tokenize}. */
    public DocumentTone toneOfTokenized(List<List<Token>> sentences) {
        int words = 0;
        int positive = 0;
        int negative = 0;
        for (List<Token> tokens : sentences) {
            String[] texts = Negation.texts(tokens);
            boolean[] negated = Negation.negated(texts);
            for (int i = 0; i < texts.length; i++) {
                if (!Character.isLetterOrDigit(texts[i].charAt(0))) {
                    continue;
                }
                words++;
                double valence = sentenceModel.wordValence(texts[i], negated[i]);
                if (valence >= WORD_VALENCE_THRESHOLD) {
                    positive++;
                } else if (valence <= -WORD_VALENCE_THRESHOLD) {
                    negative++;
                }
            }
        }
        double positivePercent = words == 0 ? 0 : 100.0 * positive / words;
        double negativePercent = words == 0 ? 0 : 100.0 * negative / words;
        double polarity = positivePercent + negativePercent;
        double tone = positive + negative == 0 ? 0 : (double) (positive - negative) / (positive + negative);
        SentimentLabel label = Math.abs(tone) < TONE_NEUTRAL_BAND || polarity < MIN_POLARITY ? SentimentLabel.NEUTRAL
                : tone > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        return new DocumentTone(positivePercent, negativePercent, polarity, tone, label, words);
    }

    /** How one sentence as a whole treats what it talks about. */
    public Sentiment sentence(String sentence) {
        return sentence(SentimentTokenizer.tokenize(sentence));
    }

    /** As {@link #sentence(String)}, for a sentence already split by {@link SentimentTokenizer#tokenize}. */
    public Sentiment sentence(List<Token> tokens) {
        LinearSentimentModel.Scorer scorer = sentenceModel.scorer();
        SentimentFeatures.sentence(tokens, scorer);
        double[] p = scorer.probabilities();
        return Sentiment.of(p[0], p[1], p[2]);
    }

    /**
     * How {@code sentence} treats the mention at {@code [from, to)}.
     *
     * @throws IllegalArgumentException if the offsets are not a non-empty range inside the sentence
     */
    public Sentiment target(String sentence, int from, int to) {
        return target(SentimentTokenizer.tokenize(sentence), sentence.length(), from, to);
    }

    /**
     * As {@link #target(String, int, int)}, for a sentence of {@code sentenceLength} characters already split by
     * {@link SentimentTokenizer#tokenize}: an article's mentions share their sentence's tokens.
     */
    public Sentiment target(List<Token> sentence, int sentenceLength, int from, int to) {
        if (from < 0 || to <= from || to > sentenceLength) {
            throw new IllegalArgumentException("mention [" + from + ", " + to + ") is not inside a sentence of "
                    + sentenceLength + " characters");
        }
        LinearSentimentModel.Scorer scorer = targetModel.scorer();
        SentimentFeatures.target(sentence, from, to, scorer);
        double[] p = scorer.probabilities();
        return Sentiment.of(p[0], p[1], p[2]);
    }

    /**
     * How an article treats an entity over all its mentions: the mean of the mentions' class probabilities
     * (every mention counts the same — a confident negative mention and a neutral one average to a leaning), the
     * label is the most probable class of that mean, the score its {@code positive − negative}. No mentions
     * give a neutral result ({@code 0, 1, 0}) with {@code mentions = 0}.
     */
    public EntitySentiment aggregate(List<Sentiment> mentions) {
        if (mentions.isEmpty()) {
            return new EntitySentiment(Sentiment.NONE, 0);
        }
        double negative = 0;
        double neutral = 0;
        double positive = 0;
        for (Sentiment mention : mentions) {
            negative += mention.negative();
            neutral += mention.neutral();
            positive += mention.positive();
        }
        int n = mentions.size();
        negative /= n;
        neutral /= n;
        positive /= n;
        return new EntitySentiment(Sentiment.of(negative, neutral, positive), n);
    }
}
