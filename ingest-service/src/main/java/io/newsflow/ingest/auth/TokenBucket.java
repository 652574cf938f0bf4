package io.newsflow.ingest.auth;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: it holds at most {@code burst} tokens, gains {@code requestsPerSecond} of them per second
 * and each admitted request takes one. It starts full.
 *
 * <p>The content is kept as refill time banked, in nanoseconds (one token = {@link Rate#nanosPerToken()}),
 * so that the arithmetic is exact: a client that waits the time it was told to wait is admitted.
 */
final class TokenBucket {
    private final long nanosPerToken;
    private final long capacityNanos;
    private final LongSupplier nanoTime;
    private long bankedNanos;
    private long updatedAt;

    /**
     * @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests; the wall clock
     *                 would hand out a burst of tokens, or none for a while, whenever it is set
     */
    TokenBucket(Rate rate, LongSupplier nanoTime) {
        this.nanosPerToken = rate.nanosPerToken();
        this.capacityNanos = Math.multiplyExact(nanosPerToken, (long) rate.burst());
        this.nanoTime = nanoTime;
        this.bankedNanos = capacityNanos;
        this.updatedAt = nanoTime.getAsLong();
    }

    /** Takes a token if there is one; otherwise takes nothing and says how long until there is one. */
    synchronized Admission tryTake() {
        long now = nanoTime.getAsLong();
        long elapsed = now - updatedAt;
        updatedAt = now;
        bankedNanos = elapsed >= capacityNanos - bankedNanos ? capacityNanos : bankedNanos + elapsed;
        if (bankedNanos >= nanosPerToken) {
            bankedNanos -= nanosPerToken;
            return Admission.ADMITTED;
        }
        return Admission.refused(Duration.ofNanos(nanosPerToken - bankedNanos));
    }

    /**
     * The answer for one request.
     *
     * @param admitted   whether a token was taken
     * @param retryAfter when refused, the time until a token will be there; zero when admitted
     */
    record Admission(boolean admitted, Duration retryAfter) {
        static final Admission ADMITTED = new Admission(true, Duration.ZERO);

        static Admission refused(Duration retryAfter) {
            return new Admission(false, retryAfter);
        }

        /**
         * {@link #retryAfter()} for the {@code Retry-After} header, which carries whole seconds: rounded up,
         * so a client that obeys it finds a token, and at least 1, since 0 would invite an immediate retry.
         */
        long retryAfterSeconds() {
            long nanos = retryAfter.toNanos();
            return Math.max(1, nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1));
        }
    }
}
