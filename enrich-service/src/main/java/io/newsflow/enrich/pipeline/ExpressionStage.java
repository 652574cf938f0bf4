package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates, amounts of money and percentages ({@link ExpressionRecognizer}), written apart from the entities so that
 * they change neither the named entities nor anything that counts them. No model; English only, because the rules
 * read English month, weekday, number and currency words. It reads the entities only to leave the names it would
 * otherwise misread alone ({@code Theresa May}, {@code the Sunday Times}).
 */
final class ExpressionStage implements PipelineStage {

    @Override
    public String name() {
        return "expressions";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.SENTENCES, DocField.ENTITIES, DocField.NINJS_PUBLISHED);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.EXPRESSIONS);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.expressions(find(doc.cleanedText(), doc.sentences(), doc.entities(), doc.published().orElse(null)));
    }

    /**
     * @param published the publication day, which relative dates are resolved against when the article has no dated
     *                  dateline; null when unknown
     */
    static List<Expression> find(String text, List<Enrichment.Sentence> sentences, List<Enrichment.Entity> entities,
                                 LocalDate published) {
        List<int[]> names = new ArrayList<>();
        for (Enrichment.Entity entity : entities) {
            if (!entity.type().equals("LOCATION")) {
                for (Enrichment.Mention mention : entity.mentions()) {
                    names.add(new int[] {mention.start(), mention.end()});
                }
            }
        }
        return ExpressionRecognizer.find(text, sentences, names, published);
    }
}
