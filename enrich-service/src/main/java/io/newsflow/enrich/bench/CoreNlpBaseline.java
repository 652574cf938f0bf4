package io.newsflow.enrich.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import io.newsflow.enrich.pipeline.CoreNlpModels;

/**
 * Plain CoreNLP {@code tokenize,ssplit,ner} with the same model and settings as the pipeline, and nothing
 * else: the reference every speed figure of newsflow is reported beside. Its NER annotator is a copy of its
 * own, as CoreNLP ships it: the pipeline's has a faster feature index ({@code FingerprintFeatureIndex}), and
 * the reference must not get it too.
 */
public final class CoreNlpBaseline {
    private final Annotator ner;

    private CoreNlpBaseline(Annotator ner) {
        this.ner = ner;
    }

    /** Loads the models: the tokenizer is shared with the pipeline, the NER model is loaded once more. */
    public static CoreNlpBaseline load() {
        CoreNlpModels.segmenter();
        return new CoreNlpBaseline(CoreNlpModels.loadStockNer());
    }

    /** Tokenizes, splits and tags {@code text}; returns the number of tokens. */
    public int annotate(String text) {
        Annotation document = new Annotation(text);
        CoreNlpModels.segmenter().annotate(document);
        ner.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
