package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The process-wide CoreNLP annotators, built on first use. The NER model takes seconds and about 100 MB to
 * load, so there is one copy per JVM however many pipelines are created. Sharing is safe: CoreNLP annotators
 * keep their per-document state on the {@code Annotation} they are given (CoreNLP's own
 * {@code AnnotationPipeline.annotate(Iterable)} runs one annotator on many documents in parallel).
 */
public final class CoreNlpModels {
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
                    ner = loadNer();
                }
                loaded = ner;
            }
        }
        return loaded;
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

    private static Annotator loadNer() {
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
