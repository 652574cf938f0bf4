package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs the pipeline's NER over gold-annotated sentences and scores its mentions against the gold spans. The
 * pipeline's labels are renamed to the CoNLL types; a gold type the pipeline does not know can only be missed.
 */
final class NerEvaluation {
    private static final Map<String, String> CONLL_TYPES = Map.of(
            "PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

    private final PretokenizedNer ner;

    NerEvaluation(PretokenizedNer ner) {
        this.ner = ner;
    }

    /**
     * @param progress told the number of sentences done so far, after each sentence
     */
    SpanScores score(List<ConllSentence> sentences, IntConsumer progress) {
        SpanScores scores = new SpanScores();
        for (int i = 0; i < sentences.size(); i++) {
            ConllSentence sentence = sentences.get(i);
            scores.add(IobSpans.extract(sentence.tags()), predicted(sentence));
            progress.accept(i + 1);
        }
        return scores;
    }

    private List<TypedSpan> predicted(ConllSentence sentence) {
        List<TypedSpan> spans = new ArrayList<>();
        for (PretokenizedNer.Mention mention : ner.tag(sentence.tokens())) {
            spans.add(new TypedSpan(CONLL_TYPES.getOrDefault(mention.label(), mention.label()),
                    mention.start(), mention.end()));
        }
        return spans;
    }
}
