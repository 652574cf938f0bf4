package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Labels tokens PERSON, ORGANIZATION, LOCATION or MISC with CoreNLP's CoNLL 4-class CRF and turns each run of
 * consecutive tokens with the same label into a mention. Spans are built here rather than by CoreNLP's entity
 * mention annotator, which would pull in more models and rules than the CRF needs. Institution names the CRF
 * splits in two are joined again ({@link InstitutionNameJoiner}); names it runs together across a small word are
 * split ({@link LowercaseWordSplitter}). Lines in capitals are read in their usual case ({@link HeadlineTruecaser}).
 */
public final class NerStage implements PipelineStage {
    private static final String OUTSIDE = "O";

    private final boolean truecaseCapitalLines;

    /** The stage as the pipeline runs it. */
    public NerStage() {
        this(true);
    }

    /**
     * @param truecaseCapitalLines whether lines in capitals are truecased before the CRF reads them; the
     *                             evaluation switches it off to show what it changes
     */
    public NerStage(boolean truecaseCapitalLines) {
        this.truecaseCapitalLines = truecaseCapitalLines;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.TOKENS, DocField.SENTENCES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.NER_TAGS, DocField.MENTIONS);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of("corenlp-" + CoreNlpModels.coreNlpVersion() + "/" + CoreNlpModels.NER_MODEL_NAME);
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.mentions(recognise(doc.segmented(), doc::skipped));
        doc.nerTagsWritten();
    }

    /**
     * Labels the tokens of {@code segmented} in place and returns the mentions, in text order. Sentences over
     * the ner budgets ({@link StageBudgets}) are left unlabelled.
     */
    public List<NerSpan> recognise(SegmentedText segmented) {
        return recognise(segmented, reason -> { });
    }

    private List<NerSpan> recognise(SegmentedText segmented, Consumer<String> skipped) {
        label(segmented, skipped);
        String text = segmented.text();
        List<NerSpan> spans = new ArrayList<>();
        List<CoreMap> sentences = segmented.coreNlpSentences();
        for (int sentence = 0; sentence < sentences.size(); sentence++) {
            CoreLabel first = null;
            // the open span's label, held rather than read again: a CoreLabel finds a key by a linear search
            String firstLabel = null;
            CoreLabel last = null;
            for (CoreLabel token : sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = token.ner();
                String label = ner == null ? OUTSIDE : ner;
                if (first != null && !label.equals(firstLabel)) {
                    spans.add(span(text, first, last, sentence));
                    first = null;
                }
                if (first == null && !OUTSIDE.equals(label)) {
                    first = token;
                    firstLabel = label;
                }
                last = token;
            }
            if (first != null) {
                spans.add(span(text, first, last, sentence));
            }
        }
        return List.copyOf(InstitutionNameJoiner.join(LowercaseWordSplitter.split(spans), text));
    }

    /** Runs the CRF over the sentences within budget; reports the others to {@code skipped}. */
    private void label(SegmentedText segmented, Consumer<String> skipped) {
        HeadlineTruecaser truecased = truecaseCapitalLines ? HeadlineTruecaser.apply(segmented.coreNlpSentences())
                : null;
        try {
            labelWithinBudgets(segmented, skipped);
        } finally {
            if (truecased != null) {
                truecased.restore();
            }
        }
    }

    private static void labelWithinBudgets(SegmentedText segmented, Consumer<String> skipped) {
        List<CoreMap> within = new ArrayList<>();
        int tooLong = 0;
        int longest = 0;
        int pastArticleBudget = 0;
        int labelledTokens = 0;
        for (CoreMap sentence : segmented.coreNlpSentences()) {
            int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            if (tokens > StageBudgets.MAX_NER_SENTENCE_TOKENS) {
                tooLong++;
                longest = Math.max(longest, tokens);
            } else if (labelledTokens + tokens > StageBudgets.MAX_NER_ARTICLE_TOKENS) {
                pastArticleBudget++;
            } else {
                within.add(sentence);
                labelledTokens += tokens;
            }
        }
        if (tooLong == 0 && pastArticleBudget == 0) {
            CoreNlpModels.ner().annotate(segmented.coreNlpDocument());
            return;
        }
        // the same token objects in a document of their own: the labels land on the article's tokens
        Annotation part = new Annotation(segmented.text());
        part.set(CoreAnnotations.SentencesAnnotation.class, within);
        part.set(CoreAnnotations.TokensAnnotation.class, within.stream()
                .flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
        CoreNlpModels.ner().annotate(part);
        if (tooLong > 0) {
            skipped.accept(tooLong + " sentence(s) not labelled: longer than "
                    + StageBudgets.MAX_NER_SENTENCE_TOKENS + " tokens (longest " + longest + ")");
        }
        if (pastArticleBudget > 0) {
            skipped.accept(pastArticleBudget + " sentence(s) not labelled: past the "
                    + StageBudgets.MAX_NER_ARTICLE_TOKENS + " tokens labelled per article");
        }
    }

    private static NerSpan span(String text, CoreLabel first, CoreLabel last, int sentence) {
        return new NerSpan(first.ner(), first.beginPosition(), last.endPosition(),
                text.substring(first.beginPosition(), last.endPosition()), sentence);
    }
}
