package io.newsflow.enrich.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * Writes the language of the cleaned text ({@link LanguageIdentifier}), which decides whether the stages that
 * read English only run.
 */
final class LanguageStage implements PipelineStage {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Override
    public String name() {
        return "language";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.LANGUAGE);
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of(LanguageIdentifier.MODEL_VERSION);
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.language(identifier.detect(doc.cleanedText()));
    }
}
