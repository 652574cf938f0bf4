package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LanguageIdentifier} found.
 *
 * @param language          the language for the enrichment block; empty when the text has no letters to tell by
 * @param readableAsEnglish whether stages that only read English may run (see {@link LanguageIdentifier})
 */
record DetectedLanguage(Optional<Enrichment.Language> language, boolean readableAsEnglish) {
    static final DetectedLanguage NONE = new DetectedLanguage(Optional.empty(), false);

    DetectedLanguage {
        Objects.requireNonNull(language, "language");
    }
}
