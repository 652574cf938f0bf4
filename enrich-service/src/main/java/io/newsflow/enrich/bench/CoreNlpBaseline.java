package io.newsflow.enrich.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import io.newsflow.enrich.pipeline.CoreNlpModels;

/**
 * Plain CoreNLP {@code tokenize,ssplit,ner} with the same model and settings as the pipeline, and nothing
 * else: the reference every speed figure of newsflow is reported beside.
 */
public final class CoreNlpBaseline {

    private CoreNlpBaseline() {
    }

    /** Loads the models (once per JVM, shared with the pipeline). */
    public static CoreNlpBaseline load() {
        CoreNlpModels.segmenter();
        CoreNlpModels.ner();
        return new CoreNlpBaseline();
    }

    /** Tokenizes, splits and tags {@code text}; returns the number of tokens. */
    public int annotate(String text) {
        Annotation document = new Annotation(text);
        CoreNlpModels.segmenter().annotate(document);
        CoreNlpModels.ner().annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
