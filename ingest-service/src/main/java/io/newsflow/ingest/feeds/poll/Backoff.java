package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.config.FeedsProperties;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a failing feed waits: {@code initial} after the first failure, doubling after each further one,
 * capped at {@code max}, spread by ±20% so that feeds that failed together (one provider, one outage) do not
 * all come back in the same second. A server's Retry-After is honoured even when it is longer than {@code max}:
 * asking again sooner would only be refused again.
 */
public final class Backoff {
    private static final double JITTER = 0.2;

    private final Duration initial;
    private final Duration max;

    public Backoff(FeedsProperties.Backoff settings) {
        this.initial = settings.initial();
        this.max = settings.max();
    }

    /**
     * @param consecutiveFailures failures in a row, including the one just now (at least 1)
     * @param retryAfter          what the server asked for, or null
     */
    public Duration delay(int consecutiveFailures, Duration retryAfter) {
        Duration exponential = exponential(consecutiveFailures);
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-JITTER, JITTER);
        Duration jittered = Duration.ofMillis(Math.round(exponential.toMillis() * factor));
        if (retryAfter != null && retryAfter.compareTo(jittered) > 0) {
            return retryAfter;
        }
        return jittered;
    }

    Duration exponential(int consecutiveFailures) {
        int doublings = Math.min(Math.max(consecutiveFailures, 1) - 1, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
