package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * The process-wide CoreNLP annotators, built on first use. The NER model takes seconds and about 100 MB to
 * load, so there is one copy per JVM however many pipelines are created. Sharing is safe: CoreNLP annotators
 * keep their per-document state on the {@code Annotation} they are given (CoreNLP's own
 * {@code AnnotationPipeline.annotate(Iterable)} runs one annotator on many documents in parallel).
 */
public final class CoreNlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpModels.class);
    /** Words whose n-gram features are remembered: the common words of news, at about 1 kB each. */
    private static final int N_GRAM_WORDS = 16_384;
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String NER_MODEL_NAME = "english.conll.4class.distsim";

    private static volatile StanfordCoreNLP segmenter;
    private static volatile Annotator ner;

    private CoreNlpModels() {
    }

    /**
     * The CoreNLP release newsflow was built with. CoreNLP's jar manifest carries no version, so the build
     * writes it into {@code newsflow-enrich-build.properties}. Read once: the ner stage names it in every
     * article's {@code modelVersions}, and opening the resource inside the executable jar each time cost about
     * 1 % of the pipeline on short articles.
     */
    static String coreNlpVersion() {
        return BuildVersion.CORENLP;
    }

    /** Holder idiom: the JVM reads the file on first use, without locking after. */
    private static final class BuildVersion {
        static final String CORENLP = readCoreNlpVersion();
    }

    private static String readCoreNlpVersion() {
        try (InputStream in = CoreNlpModels.class.getResourceAsStream("/newsflow-enrich-build.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty("corenlp.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read newsflow-enrich-build.properties", e);
        }
    }

    /** Tokenizer and sentence splitter; no model, cheap to build. */
    public static StanfordCoreNLP segmenter() {
        StanfordCoreNLP loaded = segmenter;
        if (loaded == null) {
            synchronized (CoreNlpModels.class) {
                if (segmenter == null) {
                    segmenter = new StanfordCoreNLP(segmenterProperties());
                }
                loaded = segmenter;
            }
        }
        return loaded;
    }

    /** The CoNLL 4-class CRF tagger alone: no POS, lemmas, SUTime or numeric classifiers, which cost 5x. */
    public static Annotator ner() {
        Annotator loaded = ner;
        if (loaded == null) {
            synchronized (CoreNlpModels.class) {
                if (ner == null) {
                    ner = withFasterFeatureLookups(loadStockNer());
                }
                loaded = ner;
            }
        }
        return loaded;
    }

    /**
     * Makes the CRFs inside the annotator find their features faster, with the same answers: a
     * {@link FingerprintFeatureIndex} in place of each one's feature index, and each word's character n-gram
     * features remembered ({@link #rememberNGrams}). On short wire copy this takes the ner stage from the cost of
     * CoreNLP's own tokenizer and tagger together to less than that (docs/benchmarks.md). CoreNLP offers no
     * setting for either, so this reaches its fields by name; if a CoreNLP upgrade renames them, the model still
     * loads and tags the same, only slower, with a warning in the log, and {@code CoreNlpModelsTest} fails.
     */
    static Annotator withFasterFeatureLookups(Annotator annotator) {
        try {
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(annotator);
            List<?> classifiers = (List<?>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
            Field featureIndex = field(CRFClassifier.class, "featureIndex");
            for (Object classifier : classifiers) {
                if (classifier instanceof CRFClassifier<?> crf) {
                    @SuppressWarnings("unchecked")
                    Index<String> stock = (Index<String>) featureIndex.get(crf);
                    if (!(stock instanceof FingerprintFeatureIndex)) {
                        featureIndex.set(crf, new FingerprintFeatureIndex(stock));
                    }
                    rememberNGrams(crf);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("CoreNLP's CRF feature look-ups could not be replaced ({}); NER runs with CoreNLP's own, "
                    + "slower on short articles", e.toString());
        }
        return annotator;
    }

    /**
     * Switches on CoreNLP's own memory of each word's character n-gram features ({@code cacheNGrams}, which the
     * shipped model leaves off), with {@link WordNGramCache} as the memory: bounded and safe for the listener
     * threads that share the model, where CoreNLP's is neither. The memory is put in place before the flag is
     * set, so the feature factory never uses its own.
     */
    private static void rememberNGrams(CRFClassifier<?> crf) throws ReflectiveOperationException {
        Field memory = field(NERFeatureFactory.class, "wordToSubstrings");
        Field factoryFlags = field(FeatureFactory.class, "flags");
        for (FeatureFactory<?> factory : crf.featureFactories) {
            if (factory instanceof NERFeatureFactory<?> ner) {
                memory.set(ner, new WordNGramCache(N_GRAM_WORDS));
                ((SeqClassifierFlags) factoryFlags.get(ner)).cacheNGrams = true;
            }
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static Properties segmenterProperties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("tokenize.language", "en");
        // Clean text separates headline and paragraphs by a blank line; without this a headline, which has
        // no full stop, would run into the first sentence of the body.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Characters the tokenizer has no class for (emoji, symbols) are dropped silently instead of
        // logging a warning for each article.
        properties.setProperty("tokenize.options", "untokenizable=noneDelete");
        return properties;
    }

    /**
     * A second copy of the NER annotator exactly as CoreNLP ships it, without {@link FingerprintFeatureIndex}:
     * the reference {@code bench} measures the pipeline against. Loads the model again (seconds, about 100 MB).
     */
    public static Annotator loadStockNer() {
        if (CoreNlpModels.class.getClassLoader().getResource(NER_MODEL) == null) {
            throw new IllegalStateException("The CoreNLP NER model " + NER_MODEL + " is not on the classpath. "
                    + "enrich-service's build unpacks this one file from the stanford-corenlp 'models' jar into "
                    + "its classes (maven-dependency-plugin execution 'unpack-ner-model'); run "
                    + "'mvn -pl enrich-service generate-resources' or add the file to the classpath.");
        }
        Properties properties = new Properties();
        properties.setProperty("ner.model", NER_MODEL);
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.buildEntityMentions", "false");
        try {
            return new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CoreNLP NER model " + NER_MODEL
                    + "; the file on the classpath may be truncated, rebuild enrich-service", e);
        }
    }
}
