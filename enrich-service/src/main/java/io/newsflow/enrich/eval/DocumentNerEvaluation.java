package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllSentence;
import io.newsflow.enrich.pipeline.MentionRepairs;
import io.newsflow.enrich.pipeline.NerSpan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs every CoNLL document through the pipeline's NER as one article, as the pipeline sees an article, and scores
 * the mentions after each step that can change a label or a span: the CRF alone, then truecasing of lines in
 * capitals, then each of {@link MentionRepairs}' steps, each step on top of the ones before.
 *
 * <p>Every step is scored on two halves of the file as well as on the whole: the first half of the documents,
 * on which the steps' rules were chosen, and the second half, held out from that choice. A step is kept only when
 * it helps on the held-out half too: the CRF was trained with this file, so gains that show only where the rules
 * were fitted are not evidence.
 *
 * <p>Truecasing has a check of its own. The CRF was trained on wire copy whose headlines are in capitals, so
 * eng.testa's headlines are text it was tuned on. In each held-out document, one sentence of the body that the
 * truecaser would treat as a headline (four words or more, no figure) is written in capitals, and that sentence is
 * scored three ways: as written, in capitals, in capitals truecased.
 */
final class DocumentNerEvaluation {
    static final String CRF = "crf";
    static final String TRUECASE = "truecase";
    private static final Map<String, String> CONLL_TYPES = Map.of(
            "PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

    private final PretokenizedNer crfAlone;
    private final PretokenizedNer truecasing;
    private final MentionRepairs repairs;

    DocumentNerEvaluation(PretokenizedNer crfAlone, PretokenizedNer truecasing, MentionRepairs repairs) {
        this.crfAlone = crfAlone;
        this.truecasing = truecasing;
        this.repairs = repairs;
    }

    /** The step names in the order they are applied, each scored with all the steps before it. */
    List<String> steps() {
        List<String> steps = new ArrayList<>(List.of(CRF, TRUECASE));
        repairs.steps().forEach(step -> steps.add(step.name()));
        return steps;
    }

    /**
     * @param progress told the number of documents done so far, after each document
     */
    Scores score(List<List<ConllSentence>> documents, IntConsumer progress) {
        Scores scores = new Scores(steps(), documents.size());
        for (int d = 0; d < documents.size(); d++) {
            List<ConllSentence> sentences = documents.get(d);
            PretokenizedNer.Document document = new PretokenizedNer.Document(
                    sentences.stream().map(ConllSentence::tokens).toList());
            scores.add(CRF, d, sentences, document, crfAlone.recognise(document));
            List<NerSpan> mentions = truecasing.recognise(document);
            scores.add(TRUECASE, d, sentences, document, mentions);
            for (MentionRepairs.Step step : repairs.steps()) {
                mentions = step.repair().apply(mentions, document.text());
                scores.add(step.name(), d, sentences, document, mentions);
            }
            if (d >= scores.firstHeldOut) {
                checkCapitals(sentences, scores);
            }
            progress.accept(d + 1);
        }
        return scores;
    }

    private void checkCapitals(List<ConllSentence> sentences, Scores scores) {
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tokens = sentences.get(s).tokens();
            if (headlineShaped(tokens)) {
                List<List<String>> inCapitals = new ArrayList<>(sentences.stream().map(ConllSentence::tokens).toList());
                inCapitals.set(s, tokens.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
                PretokenizedNer.Document written = new PretokenizedNer.Document(
                        sentences.stream().map(ConllSentence::tokens).toList());
                PretokenizedNer.Document capitals = new PretokenizedNer.Document(inCapitals);
                List<TypedSpan> gold = IobSpans.extract(sentences.get(s).tags());
                scores.asWritten.add(gold, inSentence(s, written, crfAlone.recognise(written)));
                scores.inCapitals.add(gold, inSentence(s, capitals, crfAlone.recognise(capitals)));
                scores.truecased.add(gold, inSentence(s, capitals, truecasing.recognise(capitals)));
                scores.capitalSentences++;
                return;
            }
        }
    }

    /** A body sentence the truecaser would read as a headline were it in capitals. */
    private static boolean headlineShaped(List<String> tokens) {
        boolean hasLowerCase = tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isLowerCase));
        boolean hasDigit = tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isDigit));
        long words = tokens.stream().filter(t -> t.chars().filter(Character::isLetter).count() >= 2).count();
        return hasLowerCase && !hasDigit && words >= 4;
    }

    private static List<TypedSpan> inSentence(int sentence, PretokenizedNer.Document document, List<NerSpan> mentions) {
        List<TypedSpan> spans = new ArrayList<>();
        for (NerSpan mention : mentions) {
            document.mention(mention).filter(m -> m.sentence() == sentence).ifPresent(m -> spans.add(
                    new TypedSpan(CONLL_TYPES.getOrDefault(m.label(), m.label()), m.start(), m.end())));
        }
        return spans;
    }

    /** Scores per step on all documents, on the tuning half (the first) and on the held-out half. */
    static final class Scores {
        private final Map<String, SpanScores> all = new LinkedHashMap<>();
        private final Map<String, SpanScores> tuning = new LinkedHashMap<>();
        private final Map<String, SpanScores> heldOut = new LinkedHashMap<>();
        private final int firstHeldOut;
        private final SpanScores asWritten = new SpanScores();
        private final SpanScores inCapitals = new SpanScores();
        private final SpanScores truecased = new SpanScores();
        private int capitalSentences;

        private Scores(List<String> steps, int documents) {
            steps.forEach(step -> {
                all.put(step, new SpanScores());
                tuning.put(step, new SpanScores());
                heldOut.put(step, new SpanScores());
            });
            firstHeldOut = documents / 2;
        }

        SpanScores all(String step) {
            return all.get(step);
        }

        SpanScores tuning(String step) {
            return tuning.get(step);
        }

        SpanScores heldOut(String step) {
            return heldOut.get(step);
        }

        /** The capitals check: the chosen sentences as written. */
        SpanScores capitalsCheckAsWritten() {
            return asWritten;
        }

        /** The capitals check: the chosen sentences in capitals, the CRF alone. */
        SpanScores capitalsCheckInCapitals() {
            return inCapitals;
        }

        /** The capitals check: the chosen sentences in capitals, truecased before the CRF. */
        SpanScores capitalsCheckTruecased() {
            return truecased;
        }

        int capitalsCheckSentences() {
            return capitalSentences;
        }

        int firstHeldOutDocument() {
            return firstHeldOut;
        }

        private void add(String step, int documentIndex, List<ConllSentence> sentences,
                         PretokenizedNer.Document document, List<NerSpan> mentions) {
            List<List<TypedSpan>> predicted = new ArrayList<>();
            sentences.forEach(s -> predicted.add(new ArrayList<>()));
            int unaligned = 0;
            for (NerSpan mention : mentions) {
                String type = CONLL_TYPES.getOrDefault(mention.label(), mention.label());
                var aligned = document.mention(mention);
                if (aligned.isPresent()) {
                    PretokenizedNer.Mention m = aligned.get();
                    predicted.get(m.sentence()).add(new TypedSpan(type, m.start(), m.end()));
                } else {
                    // counted as predicted, never as correct: no gold span ends inside a token
                    unaligned++;
                    predicted.get(mention.sentence()).add(new TypedSpan(type, -unaligned, -unaligned));
                }
            }
            SpanScores half = documentIndex < firstHeldOut ? tuning.get(step) : heldOut.get(step);
            for (int s = 0; s < sentences.size(); s++) {
                List<TypedSpan> gold = IobSpans.extract(sentences.get(s).tags());
                all.get(step).add(gold, predicted.get(s));
                half.add(gold, predicted.get(s));
            }
        }
    }
}
