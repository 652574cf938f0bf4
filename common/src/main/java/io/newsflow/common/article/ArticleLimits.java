package io.newsflow.common.article;

/**
 * Size limits on one article's fields, in characters. They keep a single runaway article from
 * starving the enrichment pipeline; request-size limits are the transport's business.
 *
 * @param maxHeadlineChars longest headline accepted
 * @param maxBodyChars     longest body accepted (each body of a ninjs item)
 * @param maxBylineChars   longest byline accepted
 * @param maxIdChars       longest upstream id or version accepted
 */
public record ArticleLimits(int maxHeadlineChars, int maxBodyChars, int maxBylineChars, int maxIdChars) {

    public static final ArticleLimits DEFAULTS = new ArticleLimits(1_000, 500_000, 1_000, 2_048);

    public ArticleLimits {
        if (maxHeadlineChars < 1 || maxBodyChars < 1 || maxBylineChars < 1 || maxIdChars < 1) {
            throw new IllegalArgumentException("Article limits must all be positive, got " + maxHeadlineChars
                    + "/" + maxBodyChars + "/" + maxBylineChars + "/" + maxIdChars);
        }
    }
}
