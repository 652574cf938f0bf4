package io.newsflow.enrich.sentiment;

/**
 * The tone of a whole article, comparable to GDELT's tone.
 *
 * <p>A word is <em>positive</em> when, in its context (negated or not), it pushes the sentence model towards
 * positive rather than negative by at least {@link SentimentAnalyzer#WORD_VALENCE_THRESHOLD} in log-odds,
 * <em>negative</em> in the mirror case; words are the tokens that contain a letter or digit.
 *
 * @param positive  percentage of the words that are positive (GDELT "positive score")
 * @param negative  percentage of the words that are negative (GDELT "negative score")
 * @param polarity  {@code positive + negative} (GDELT "polarity": how emotionally charged the text is)
 * @param tone      {@code (positive − negative) / (positive + negative)}, in [−1, 1], 0 when no word is either:
 *                  the balance of the charged words regardless of how many there are. GDELT's tone
 *                  ({@code positive − negative}, in percentage points) is {@code tone × polarity}.
 * @param label     {@code neutral} when {@code |tone| < } {@link SentimentAnalyzer#TONE_NEUTRAL_BAND} or
 *                  {@code polarity < } {@link SentimentAnalyzer#MIN_POLARITY}, otherwise the sign of tone
 * @param wordCount the number of words counted
 */
public record DocumentTone(double positive, double negative, double polarity, double tone, SentimentLabel label,
                           int wordCount) {
    /** GDELT's tone: percentage of positive words minus percentage of negative words. */
    public double gdeltTone() {
        return positive - negative;
    }
}
