package io.newsflow.ingest.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * One token bucket per key. The buckets are made once for the configured keys, so requests with made-up
 * keys (refused before they get here) can never grow this map.
 */
final class KeyRateLimiter {
    private final Map<String, TokenBucket> buckets;

    /**
     * @throws IllegalArgumentException when a per-key limit names no configured key (most likely a typo, which
     *                                  would otherwise leave that key on the default limit unnoticed)
     */
    KeyRateLimiter(ApiKeys keys, ApiKeyProperties.RateLimit limits, LongSupplier nanoTime) {
        Set<String> unknown = new TreeSet<>(limits.perKey().keySet());
        keys.ids().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("newsflow.ingest.auth.rate-limit.per-key names " + unknown
                    + ", which are not API key ids; the ids are " + keys.ids());
        }
        Map<String, TokenBucket> byKey = new HashMap<>();
        for (String id : keys.ids()) {
            byKey.put(id, new TokenBucket(limits.rateFor(id), nanoTime));
        }
        this.buckets = Map.copyOf(byKey);
    }

    /** Takes one token from the key's bucket; {@code keyId} must be the id of a configured key. */
    TokenBucket.Admission admit(String keyId) {
        TokenBucket bucket = buckets.get(keyId);
        if (bucket == null) {
            throw new IllegalArgumentException("No rate limit for API key '" + keyId + "'; only configured keys "
                    + "reach the rate limiter");
        }
        return bucket.tryTake();
    }
}
