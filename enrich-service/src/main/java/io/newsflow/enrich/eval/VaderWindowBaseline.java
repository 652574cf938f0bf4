package io.newsflow.enrich.eval;

import io.newsflow.enrich.sentiment.Negation;
import io.newsflow.enrich.sentiment.SentimentLabel;
import io.newsflow.enrich.sentiment.SentimentTokenizer;
import io.newsflow.enrich.sentiment.Token;

import java.util.List;
import java.util.Map;

/**
 * The lexicon baseline the target-sentiment figures are compared with: the sum of the VADER valences
 * (−4..+4) of the {@value #WINDOW} words either side of the mention (the mention's own words excluded), a word
 * within {@link Negation#SCOPE} words after a negator counting {@value #NEGATED} times its valence (VADER's
 * own negation factor); a sum of at least {@value #THRESHOLD} is positive, at most −{@value #THRESHOLD}
 * negative, anything between neutral.
 */
final class VaderWindowBaseline {
    static final int WINDOW = 5;
    static final double NEGATED = -0.74;
    static final double THRESHOLD = 0.5;

    private final Map<String, Double> valences;

    VaderWindowBaseline(Map<String, Double> valences) {
        this.valences = valences;
    }

    SentimentLabel classify(String sentence, int from, int to) {
        List<Token> tokens = SentimentTokenizer.tokenize(sentence);
        boolean[] negated = Negation.negated(Negation.texts(tokens));
        int[] covered = SentimentTokenizer.covered(tokens, from, to);
        int first = covered[0];
        int afterLast = covered[1];
        double sum = 0;
        for (int i = Math.max(0, first - WINDOW); i < Math.min(tokens.size(), afterLast + WINDOW); i++) {
            if (i < first || i >= afterLast) {
                double valence = valences.getOrDefault(tokens.get(i).text(), 0.0);
                sum += negated[i] ? NEGATED * valence : valence;
            }
        }
        return sum >= THRESHOLD ? SentimentLabel.POSITIVE
                : sum <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}
