package io.newsflow.localrun.samples;

/**
 * What ingest-service answered for one article of a sample file.
 *
 * @param sample    the sample's file name
 * @param articleId the id ingest-service gave the article; null when it was rejected
 * @param detail    where the raw event went, or why the article was rejected
 */
public record PostResult(String sample, String articleId, String detail) {

    public static PostResult accepted(String sample, String articleId, String detail) {
        return new PostResult(sample, articleId, detail);
    }

    public static PostResult rejected(String sample, String reason) {
        return new PostResult(sample, null, reason);
    }

    public boolean isAccepted() {
        return articleId != null;
    }
}
