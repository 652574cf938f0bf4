package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

import java.util.List;

/** Test helper: what an NER annotator tags each token of a text, as "word/TAG" lines. */
final class CrfTagging {
    private CrfTagging() {
    }

    static List<String> tags(Annotator ner, String text) {
        Annotation document = new Annotation(text);
        CoreNlpModels.segmenter().annotate(document);
        ner.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class).stream()
                .map(token -> token.word() + "/" + token.get(CoreAnnotations.NamedEntityTagAnnotation.class))
                .toList();
    }

}
