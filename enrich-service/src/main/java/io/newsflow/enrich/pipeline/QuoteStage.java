package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct quotations and who said them: {@link QuoteMarks} finds them by their marks, {@link QuoteAttributor} ties
 * each to a speaker by rules over its sentence and the article's entities. No model of its own; English only,
 * because the rules read English verbs of saying.
 */
final class QuoteStage implements PipelineStage {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.PARAGRAPHS, DocField.SENTENCES, DocField.ENTITIES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.QUOTES, DocField.ENTITY_QUOTES);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public void process(ArticleDoc doc) {
        List<Quote> quotes = find(doc.cleaned(), doc.sentences(), doc.entities());
        doc.quotes(quotes);
        doc.entityQuotes(bySpeaker(quotes));
    }

    /** Every quotation of the cleaned text, in text order, with its speaker. */
    static List<Quote> find(CleanedText cleaned, List<Enrichment.Sentence> sentences,
                            List<Enrichment.Entity> entities) {
        String text = cleaned.text();
        List<TextRange> blocks = new ArrayList<>();
        if (cleaned.headline() != null) {
            blocks.add(cleaned.headline());
        }
        blocks.addAll(cleaned.paragraphs());
        List<QuoteMarks.Span> spans = QuoteMarks.find(text, blocks);
        List<QuoteAttributor.Attribution> speakers = new QuoteAttributor(text, spans, sentences, cleaned.headline(),
                cleaned.paragraphs(), entities).attributeAll();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteMarks.Span span = spans.get(i);
            QuoteAttributor.Attribution speaker = speakers.get(i);
            Enrichment.Entity entity = speaker.speaker();
            quotes.add(new Quote(i, span.start(), span.end(), text.substring(span.start(), span.end()),
                    entity == null ? null : entity.id(), entity == null ? null : entity.key(),
                    entity == null ? null : entity.canonicalName(), speaker.description(), speaker.how()));
        }
        return List.copyOf(quotes);
    }

    /** The indexes of the quotes each named speaker said, by entity id. */
    static Map<String, List<Integer>> bySpeaker(List<Quote> quotes) {
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            if (quote.speakerId() != null) {
                bySpeaker.computeIfAbsent(quote.speakerId(), id -> new ArrayList<>()).add(quote.index());
            }
        }
        return bySpeaker;
    }
}
