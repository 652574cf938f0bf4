package io.newsflow.enrich.pipeline;

/**
 * Turns Lingua's verdict into the probability that the detected language is right, which is what
 * {@code enrichment.language.confidence} promises.
 *
 * <p>Lingua rates every candidate relative to the most likely one, so its own figure, the top language's lead over
 * the runner-up ({@code 1 - runnerUpScore}), is a ratio of per-trigram likelihoods: it hardly grows with the
 * length of the text. Plainly English paragraphs lead by only 0.13 to 0.37, while a one-word text can lead by 0.36
 * and still be wrong. The evidence grows with the number of trigrams scored, so confidence is a logistic function
 * of {@code lead × sampleChars}:
 *
 * <pre>  confidence = 1 / (1 + (HALF_EVIDENCE / (lead × sampleChars)) ^ STEEPNESS)</pre>
 *
 * <p>The two constants are a logistic regression of "the detected language is right" on
 * {@code ln(lead × sampleChars)}, fitted on the 36 paragraphs of the language set
 * ({@code src/test/resources/language}) and on their first 1, 2, 3, 4, 6, 8 and 12 words (279 texts, 13 of them
 * misread; {@code LanguageConfidenceTest} checks the fit on the same texts). It is 0 for a tie, 0.5 when
 * {@code lead × sampleChars} is 0.5 (a one-word text a few percent ahead), above 0.99 for any news paragraph of
 * the set, and 1 in the limit. Its known weakness: text made mostly of names (a flash headline such as
 * "Roe meets Lindqvist in Oslo") is scored like ordinary words of the guessed language, so such text gets a
 * confidence that is too high for what is really a guess.
 */
final class LanguageConfidence {
    /** {@code lead × sampleChars} at which the detected language is right half the time. */
    static final double HALF_EVIDENCE = 0.50;
    /** How fast confidence rises with the evidence (the regression's slope on its logarithm). */
    static final double STEEPNESS = 2.45;

    private LanguageConfidence() {
    }

    /**
     * @param lead        the top language's lead over the runner-up, in [0, 1] (1: no other candidate)
     * @param sampleChars characters of the text Lingua scored
     * @return the probability, in [0, 1], that the top language is the language of the text
     */
    static double of(double lead, int sampleChars) {
        if (lead < 0 || lead > 1) {
            throw new IllegalArgumentException("lead must be within [0, 1], not " + lead);
        }
        double evidence = lead * Math.max(0, sampleChars);
        if (evidence == 0) {
            return 0;
        }
        return 1 / (1 + Math.pow(HALF_EVIDENCE / evidence, STEEPNESS));
    }
}
