package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.common.event.Enrichment;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaned text split into sentences and tokens. It keeps CoreNLP's own document so that the ner stage can
 * label the very tokens segment produced. It is public, with the ner stage, for one caller outside the pipeline:
 * the evaluation's {@code PretokenizedNer}, which builds the CoreNLP document from a corpus's own tokens; the
 * service's code outside this package never sees the CoreNLP types.
 */
public final class SegmentedText {
    private final Annotation document;

    public SegmentedText(Annotation document) {
        this.document = document;
    }

    String text() {
        return document.get(CoreAnnotations.TextAnnotation.class);
    }

    Annotation coreNlpDocument() {
        return document;
    }

    /** The sentences, each with its tokens; CoreNLP records each token's offsets into {@link #text()}. */
    List<CoreMap> coreNlpSentences() {
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    int tokenCount() {
        return document.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    List<Enrichment.Sentence> sentences() {
        List<Enrichment.Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : coreNlpSentences()) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentences.add(new Enrichment.Sentence(sentences.size(), tokens.get(0).beginPosition(),
                    tokens.get(tokens.size() - 1).endPosition()));
        }
        return List.copyOf(sentences);
    }
}
