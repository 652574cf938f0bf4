package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code ner} task: exact-span scores of the pipeline's NER on one CoNLL file. */
final class NerTask {
    static final String NAME = "ner";
    private static final int PROGRESS_EVERY = 500;

    private final ConllReader reader = new ConllReader();

    /**
     * @param file        the CoNLL file to score on
     * @param datasetName how the file is named in the figures
     * @param err         where progress goes
     */
    TaskResult run(Path file, String datasetName, PrintStream err) throws IOException {
        List<ConllSentence> sentences = reader.read(file);
        err.printf("eval ner: %s: %d sentences; loading the NER model%n", datasetName, sentences.size());
        NerEvaluation evaluation = new NerEvaluation(PretokenizedNer.load());
        SpanScores scores = evaluation.score(sentences, done -> {
            if (done % PROGRESS_EVERY == 0 || done == sentences.size()) {
                err.printf("eval ner: %s: %d/%d sentences%n", datasetName, done, sentences.size());
            }
        });
        int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        return new TaskResult(summaryLine(datasetName, scores), markdown(datasetName, sentences.size(), tokens, scores));
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

    private static String markdown(String datasetName, int sentences, int tokens, SpanScores scores) {
        StringBuilder md = new StringBuilder();
        md.append("## NER: ").append(datasetName).append("\n\n");
        md.append("The pipeline's NER (CoreNLP ").append("english.conll.4class.distsim CRF with newsflow's mention ")
                .append("repairs) on the gold tokens of ").append(sentences).append(" sentences, ").append(tokens)
                .append(" tokens. Exact-span scores as `conlleval` computes them: a mention counts only with the ")
                .append("same first token, last token and type as a gold one; the overall row sums the counts.\n\n");
        md.append("| type | precision | recall | F1 | gold | predicted | correct |\n");
        md.append("|------|----------:|-------:|---:|-----:|----------:|--------:|\n");
        for (String type : scores.types()) {
            md.append(row(type, scores.of(type)));
        }
        md.append(row("**overall**", scores.overall()));
        return md.toString();
    }

    private static String row(String label, SpanScores.Score score) {
        return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d | %d | %d |%n", label,
                score.precision(), score.recall(), score.f1(), score.gold(), score.predicted(), score.correct());
    }
}
