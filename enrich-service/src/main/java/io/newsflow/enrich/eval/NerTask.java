package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;
import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.pipeline.MentionRepairs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ner} task: exact-span scores of the pipeline's NER on one CoNLL file, each document run as one
 * article, after each step that changes labels ({@link DocumentNerEvaluation}).
 */
final class NerTask {
    static final String NAME = "ner";
    private static final int PROGRESS_EVERY = 50;

    private final ConllReader reader = new ConllReader();

    /**
     * @param file        the CoNLL file to score on
     * @param datasetName how the file is named in the figures
     * @param err         where progress goes
     */
    TaskResult run(Path file, String datasetName, PrintStream err) throws IOException {
        List<List<ConllSentence>> documents = reader.readDocuments(file);
        List<ConllSentence> sentences = documents.stream().flatMap(List::stream).toList();
        err.printf("eval ner: %s: %d documents, %d sentences; loading the NER model and the link index%n",
                datasetName, documents.size(), sentences.size());
        DocumentNerEvaluation evaluation = new DocumentNerEvaluation(PretokenizedNer.load(false),
                PretokenizedNer.load(true), MentionRepairs.withLinkIndex(LinkIndex.loadDefault()));
        int[] sentencesDone = new int[documents.size() + 1];
        for (int d = 0; d < documents.size(); d++) {
            sentencesDone[d + 1] = sentencesDone[d] + documents.get(d).size();
        }
        DocumentNerEvaluation.Scores scores = evaluation.score(documents, done -> {
            if (done % PROGRESS_EVERY == 0 || done == documents.size()) {
                err.printf("eval ner: %s: %d/%d documents, %d/%d sentences%n", datasetName, done, documents.size(),
                        sentencesDone[done], sentences.size());
            }
        });
        int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        List<String> steps = evaluation.steps();
        return new TaskResult(summaryLine(datasetName, steps, scores),
                markdown(datasetName, documents.size(), sentences.size(), tokens, steps, scores));
    }

    /** The pipeline's figures, after the last step; the steps and checks are in the markdown. */
    static String summaryLine(String datasetName, List<String> steps, DocumentNerEvaluation.Scores scores) {
        return summaryLine(datasetName, scores.all(steps.get(steps.size() - 1)));
    }

    static String summaryLine(String datasetName, SpanScores scores) {
        SpanScores.Score overall = scores.overall();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s %s precision=%.4f recall=%.4f f1=%.4f", NAME, datasetName,
                overall.precision(), overall.recall(), overall.f1()));
        for (String type : scores.types()) {
            line.append(String.format(Locale.ROOT, " %s.f1=%.4f", type, scores.of(type).f1()));
        }
        return line.toString();
    }

    private static String markdown(String datasetName, int documents, int sentences, int tokens, List<String> steps,
                                   DocumentNerEvaluation.Scores scores) {
        String last = steps.get(steps.size() - 1);
        StringBuilder md = new StringBuilder();
        md.append("## NER: ").append(datasetName).append("\n\n");
        md.append("The pipeline's NER (CoreNLP english.conll.4class.distsim CRF with newsflow's mention repairs) on ")
                .append("the gold tokens of ").append(documents).append(" documents (").append(sentences)
                .append(" sentences, ").append(tokens).append(" tokens), each document run as one article. ")
                .append("Exact-span scores as `conlleval` computes them: a mention counts only with the same first ")
                .append("token, last token and type as a gold one; the overall row sums the counts.\n\n");
        md.append(table(scores.all(last)));
        md.append("\n### Step by step\n\n");
        md.append("Each step is applied on top of the ones above it: `crf` is the CRF alone (with the joining and ")
                .append("splitting of institution names it always runs with), `truecase` reads lines in capitals ")
                .append("in their usual case, `names` trims mentions to the name (titles, possessives) and drops ")
                .append("non-names, `consistency` gives a name one label per article and a person's surname the ")
                .append("person's, `type-repair` mends types from the name's own words, the link index's title ")
                .append("and the common noun beside the name. F1 per type on all documents:\n\n");
        md.append("| step | P | R | F1 | PER F1 | ORG F1 | LOC F1 | MISC F1 |\n");
        md.append("|------|--:|--:|---:|-------:|-------:|-------:|--------:|\n");
        for (String step : steps) {
            SpanScores s = scores.all(step);
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s | %s | %s | %s |%n", step,
                    s.overall().precision(), s.overall().recall(), s.overall().f1(), f1(s, "PER"), f1(s, "ORG"),
                    f1(s, "LOC"), f1(s, "MISC")));
        }
        md.append("\nThe rules were chosen on the first ").append(scores.firstHeldOutDocument())
                .append(" documents (tuning half); the other ").append(documents - scores.firstHeldOutDocument())
                .append(" are held out from that choice. A step stays only when it helps on the held-out half:\n\n");
        md.append("| step | tuning F1 | held-out F1 | held-out PER P/R/F1 | held-out ORG P/R/F1 | held-out LOC P/R/F1 "
                + "| held-out MISC P/R/F1 |\n");
        md.append("|------|----------:|------------:|---|---|---|---|\n");
        for (String step : steps) {
            SpanScores held = scores.heldOut(step);
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %s | %s | %s | %s |%n", step,
                    scores.tuning(step).overall().f1(), held.overall().f1(), prf(held, "PER"), prf(held, "ORG"),
                    prf(held, "LOC"), prf(held, "MISC")));
        }
        md.append("\nTruecasing checked on text the CRF was not tuned on: in each held-out document one body sentence ")
                .append("of four words or more without figures, written in capitals (")
                .append(scores.capitalsCheckSentences()).append(" sentences):\n\n");
        md.append("| sentences | P | R | F1 | PER F1 | ORG F1 | LOC F1 | MISC F1 |\n");
        md.append("|-----------|--:|--:|---:|-------:|-------:|-------:|--------:|\n");
        md.append(checkRow("as written, CRF", scores.capitalsCheckAsWritten()));
        md.append(checkRow("in capitals, CRF", scores.capitalsCheckInCapitals()));
        md.append(checkRow("in capitals, truecased, CRF", scores.capitalsCheckTruecased()));
        return md.toString();
    }

    private static String checkRow(String label, SpanScores s) {
        return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s | %s | %s | %s |%n", label,
                s.overall().precision(), s.overall().recall(), s.overall().f1(), f1(s, "PER"), f1(s, "ORG"),
                f1(s, "LOC"), f1(s, "MISC"));
    }

    private static String table(SpanScores scores) {
        StringBuilder md = new StringBuilder();
        md.append("| type | precision | recall | F1 | gold | predicted | correct |\n");
        md.append("|------|----------:|-------:|---:|-----:|----------:|--------:|\n");
        for (String type : scores.types()) {
            md.append(row(type, scores.of(type)));
        }
        md.append(row("**overall**", scores.overall()));
        return md.toString();
    }

    private static String f1(SpanScores scores, String type) {
        return scores.types().contains(type) ? String.format(Locale.ROOT, "%.4f", scores.of(type).f1()) : "–";
    }

    private static String prf(SpanScores scores, String type) {
        if (!scores.types().contains(type)) {
            return "–";
        }
        SpanScores.Score s = scores.of(type);
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }

    private static String row(String label, SpanScores.Score score) {
        return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d | %d | %d |%n", label,
                score.precision(), score.recall(), score.f1(), score.gold(), score.predicted(), score.correct());
    }
}
