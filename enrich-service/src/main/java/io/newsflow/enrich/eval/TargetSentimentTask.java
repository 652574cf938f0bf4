package io.newsflow.enrich.eval;

import io.newsflow.enrich.metrics.ConfusionMatrix;
import io.newsflow.enrich.sentiment.Negation;
import io.newsflow.enrich.sentiment.Sentiment;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentLabel;
import io.newsflow.enrich.training.sentiment.NewsMtscReader;
import io.newsflow.enrich.training.sentiment.SentimentLexicons;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code target-sentiment} task: the shipped sentiment model on one NewsMTSC-format file — macro-F1 and
 * accuracy of the mention labels, the VADER window baseline on the same mentions, and, as a proxy for sentence
 * sentiment, the sentence model on the sentences whose mentions all share one polarity.
 */
final class TargetSentimentTask {
    static final String NAME = "target-sentiment";

    private final SentimentAnalyzer analyzer;
    private final VaderWindowBaseline baseline;

    TargetSentimentTask(SentimentAnalyzer analyzer, Path vaderLexicon) throws IOException {
        this.analyzer = analyzer;
        this.baseline = new VaderWindowBaseline(SentimentLexicons.readVader(vaderLexicon));
    }

    /** The figures of one file. */
    record Figures(ConfusionMatrix<SentimentLabel> model, ConfusionMatrix<SentimentLabel> baseline, ConfusionMatrix<SentimentLabel> sentences) {
    }

    Figures measure(List<NewsMtscReader.Sentence> sentences) {
        ConfusionMatrix<SentimentLabel> model = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        ConfusionMatrix<SentimentLabel> lexicon = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        ConfusionMatrix<SentimentLabel> sentenceProxy = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        for (NewsMtscReader.Sentence sentence : sentences) {
            for (NewsMtscReader.Target target : sentence.targets()) {
                Sentiment found = analyzer.target(sentence.text(), target.from(), target.to());
                model.add(target.polarity(), found.label());
                lexicon.add(target.polarity(), baseline.classify(sentence.text(), target.from(), target.to()));
            }
            Optional<SentimentLabel> unanimous = sentence.unanimousPolarity();
            unanimous.ifPresent(gold -> sentenceProxy.add(gold, analyzer.sentence(sentence.text()).label()));
        }
        return new Figures(model, lexicon, sentenceProxy);
    }

    TaskResult run(Path file, String name, PrintStream err) throws IOException {
        List<NewsMtscReader.Sentence> sentences = new NewsMtscReader().read(file);
        err.printf("eval target-sentiment: %s: %d sentences%n", name, sentences.size());
        Figures figures = measure(sentences);
        String summary = String.format(Locale.ROOT,
                "%s %s macro_f1=%.4f accuracy=%.4f baseline_vader_macro_f1=%.4f baseline_vader_accuracy=%.4f "
                        + "sentence_proxy_macro_f1=%.4f sentence_proxy_accuracy=%.4f targets=%d",
                NAME, name, figures.model().macroF1(), figures.model().accuracy(), figures.baseline().macroF1(),
                figures.baseline().accuracy(), figures.sentences().macroF1(), figures.sentences().accuracy(),
                figures.model().total());
        return new TaskResult(summary, markdown(name, figures));
    }

    private String markdown(String name, Figures figures) {
        StringBuilder md = new StringBuilder();
        md.append("## Target sentiment: ").append(name).append("\n\n");
        md.append(String.format(Locale.ROOT, "Model `%s` on %d mentions: macro-F1 %.4f (mean F1 over negative, "
                        + "neutral, positive), accuracy %.4f. Lexicon baseline: macro-F1 %.4f, accuracy %.4f.%n%n",
                analyzer.modelVersion(), figures.model().total(), figures.model().macroF1(),
                figures.model().accuracy(), figures.baseline().macroF1(), figures.baseline().accuracy()));
        md.append("| class | gold | P | R | F1 | baseline P | baseline R | baseline F1 |\n");
        md.append("|-------|-----:|--:|--:|---:|-----------:|-----------:|------------:|\n");
        for (SentimentLabel label : SentimentLabel.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    label.label(), figures.model().gold(label), figures.model().precision(label),
                    figures.model().recall(label), figures.model().f1(label), figures.baseline().precision(label),
                    figures.baseline().recall(label), figures.baseline().f1(label)));
        }
        md.append("\nModel confusion matrix (rows gold, columns predicted):\n\n");
        confusion(md, figures.model());
        md.append("\nBaseline confusion matrix:\n\n");
        confusion(md, figures.baseline());
        md.append(String.format(Locale.ROOT, "%nThe baseline sums the VADER valences (−4..+4) of the %d words either "
                        + "side of the mention, a word up to %d words after a negator counting %.2f times its "
                        + "valence; a sum ≥ %.1f is positive, ≤ −%.1f negative, else neutral.%n",
                VaderWindowBaseline.WINDOW, Negation.SCOPE,
                VaderWindowBaseline.NEGATED, VaderWindowBaseline.THRESHOLD, VaderWindowBaseline.THRESHOLD));
        md.append(String.format(Locale.ROOT, "%nSentence sentiment (proxy — NewsMTSC labels mentions, not "
                        + "sentences): on the %d sentences whose mentions all share one polarity, taken as the "
                        + "sentence's label, the sentence model has macro-F1 %.4f, accuracy %.4f.%n",
                figures.sentences().total(), figures.sentences().macroF1(), figures.sentences().accuracy()));
        return md.toString();
    }

    private static void confusion(StringBuilder md, ConfusionMatrix<SentimentLabel> matrix) {
        md.append("| gold \\ predicted | negative | neutral | positive |\n|---|---:|---:|---:|\n");
        for (SentimentLabel gold : SentimentLabel.values()) {
            md.append("| ").append(gold.label());
            for (SentimentLabel predicted : SentimentLabel.values()) {
                md.append(" | ").append(matrix.count(gold, predicted));
            }
            md.append(" |\n");
        }
    }
}
