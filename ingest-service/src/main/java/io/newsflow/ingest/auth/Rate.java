package io.newsflow.ingest.auth;

/**
 * The limit of one key's token bucket.
 *
 * @param requestsPerSecond tokens added per second
 * @param burst             most tokens the bucket holds
 */
record Rate(double requestsPerSecond, int burst) {
    /** One request in about 17 minutes; slower limits are better expressed by not issuing the key. */
    static final double MIN_REQUESTS_PER_SECOND = 0.001;
    /** Far beyond any real burst, and small enough that the bucket's arithmetic in nanoseconds cannot overflow. */
    static final int MAX_BURST = 1_000_000;

    /** Time for the bucket to gain one token, in nanoseconds; at least 1. */
    long nanosPerToken() {
        return Math.max(1, Math.round(1_000_000_000d / requestsPerSecond));
    }
}
