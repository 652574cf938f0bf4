package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;

import java.util.List;

/**
 * The output of the clean stage.
 *
 * @param text       the headline, a blank line, then the kept body paragraphs separated by blank lines
 * @param headline   where the headline sits in {@code text}; null when the item had none
 * @param paragraphs where each kept body paragraph sits in {@code text}, in order
 * @param removed    what was dropped from the body, in body order
 */
record CleanedText(String text, TextRange headline, List<TextRange> paragraphs,
                   List<Enrichment.RemovedSegment> removed) {

    CleanedText {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    boolean isEmpty() {
        return text.isBlank();
    }

    /** The first body paragraph, where wire stories put who and what; null when only a headline is left. */
    TextRange leadParagraph() {
        return paragraphs.isEmpty() ? null : paragraphs.get(0);
    }
}
