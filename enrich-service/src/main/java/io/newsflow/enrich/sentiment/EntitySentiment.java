package io.newsflow.enrich.sentiment;

/**
 * How an article treats one entity over all its mentions ({@link SentimentAnalyzer#aggregate}).
 *
 * @param sentiment the mean of the mentions' class probabilities, labelled with its most probable class
 * @param mentions  how many mentions were aggregated
 */
public record EntitySentiment(Sentiment sentiment, int mentions) {

    public SentimentLabel label() {
        return sentiment.label();
    }

    public double score() {
        return sentiment.score();
    }

    public double negative() {
        return sentiment.negative();
    }

    public double neutral() {
        return sentiment.neutral();
    }

    public double positive() {
        return sentiment.positive();
    }
}
