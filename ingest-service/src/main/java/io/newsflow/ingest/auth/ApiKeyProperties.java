package io.newsflow.ingest.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Authentication of the push API ({@code /api/**}), under {@code newsflow.ingest.auth}. Outside the
 * {@code local} profile at least one key must be configured, here or in {@code keys-dir}; in the
 * {@code local} profile the API is open and these settings are not used.
 *
 * @param keys      keys given in configuration, each as an id and the SHA-256 of the key (never the key)
 * @param keysDir   a directory holding one file per key, named after the key id and holding the key's
 *                  SHA-256 — the layout of a Kubernetes Secret mounted as a volume; unset when not used
 * @param rateLimit how many requests each key may make
 */
@ConfigurationProperties("newsflow.ingest.auth")
public record ApiKeyProperties(List<ConfiguredKey> keys, Path keysDir, @DefaultValue RateLimit rateLimit) {

    public ApiKeyProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /**
     * One key as configuration holds it.
     *
     * @param id     the name the key is known by in logs and metrics; it is not secret
     * @param sha256 hex SHA-256 of the key, as {@code printf %s "$KEY" | sha256sum} prints it
     */
    public record ConfiguredKey(String id, String sha256) {
    }

    /**
     * A token bucket per key: a key may send {@code burst} requests at once, then
     * {@code requests-per-second} on average. A request counts once whatever it carries, a batch too.
     *
     * @param requestsPerSecond rate at which a key's bucket refills
     * @param burst             size of a key's bucket: requests a key that was idle may send at once
     * @param perKey            other limits for single keys, by key id; a value left out keeps the default
     */
    public record RateLimit(
            @DefaultValue("10") double requestsPerSecond,
            @DefaultValue("50") int burst,
            Map<String, KeyRateLimit> perKey) {

        public RateLimit {
            perKey = perKey == null ? Map.of() : Map.copyOf(perKey);
        }

        /**
         * The limit of one key: its own values where it has them, the defaults otherwise.
         *
         * @throws IllegalArgumentException when the values for this key make no usable bucket
         */
        Rate rateFor(String keyId) {
            KeyRateLimit own = perKey.get(keyId);
            double rate = own == null || own.requestsPerSecond() == null ? requestsPerSecond : own.requestsPerSecond();
            int size = own == null || own.burst() == null ? burst : own.burst();
            String property = "newsflow.ingest.auth.rate-limit" + (own == null ? "" : ".per-key." + keyId);
            if (!(rate >= Rate.MIN_REQUESTS_PER_SECOND) || size < 1 || size > Rate.MAX_BURST) {
                throw new IllegalArgumentException(property + " allows " + rate + " requests per second with a burst"
                        + " of " + size + "; set requests-per-second to at least " + Rate.MIN_REQUESTS_PER_SECOND
                        + " and burst between 1 and " + Rate.MAX_BURST);
            }
            return new Rate(rate, size);
        }
    }

    /**
     * A limit for one key; null values fall back to the defaults in {@link RateLimit}.
     *
     * @param requestsPerSecond rate at which this key's bucket refills
     * @param burst             size of this key's bucket
     */
    public record KeyRateLimit(Double requestsPerSecond, Integer burst) {
    }
}
