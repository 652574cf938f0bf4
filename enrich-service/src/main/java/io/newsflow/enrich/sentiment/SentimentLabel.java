package io.newsflow.enrich.sentiment;

import java.util.Locale;

/** The three classes every sentiment level uses, in the order of the probability arrays. */
public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** The label as the event contract spells it: {@code negative}, {@code neutral}, {@code positive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label with the highest of three probabilities (negative, neutral, positive); a tie goes to neutral. */
    public static SentimentLabel argmax(double negative, double neutral, double positive) {
        if (neutral >= negative && neutral >= positive) {
            return NEUTRAL;
        }
        return negative > positive ? NEGATIVE : POSITIVE;
    }
}
