package io.newsflow.enrich.pipeline;

import io.newsflow.common.html.HtmlToText;

import java.util.List;

/**
 * Reduces an HTML body to paragraphs of plain text through newsflow's one HTML-to-text
 * ({@link HtmlToText}, shared with ingest-service): one paragraph per block element, a line per
 * {@code <br>}, entities decoded, non-text content dropped. Figure captions come out marked as such instead
 * of being left for the caption rule to guess at: the markup already says what they are.
 */
final class HtmlText {

    private HtmlText() {
    }

    static List<SourceParagraph> paragraphs(String html) {
        return HtmlToText.blocks(html).stream()
                .map(block -> SourceParagraph.of(block.text(), block.caption()))
                .filter(paragraph -> !paragraph.lines().isEmpty())
                .toList();
    }
}
