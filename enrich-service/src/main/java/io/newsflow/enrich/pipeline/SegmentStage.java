package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.pipeline.Annotation;

import java.util.List;

/** Splits the cleaned text into sentences and tokens with CoreNLP's English tokenizer and sentence splitter. */
final class SegmentStage implements PipelineStage {

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.TOKENS, DocField.SENTENCES);
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.segmented(segment(doc.cleanedText()));
    }

    SegmentedText segment(String text) {
        Annotation document = new Annotation(text);
        CoreNlpModels.segmenter().annotate(document);
        return new SegmentedText(document);
    }
}
