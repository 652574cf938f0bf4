package io.newsflow.trends.trend;

import java.time.Duration;
import java.time.Instant;

/**
 * The tumbling windows trends are counted in, aligned to the epoch (so to UTC hours and days), with how long a
 * window is kept after it ends: long enough for a timeline of the window's size to be worth drawing.
 */
public enum TrendWindow {
    MINUTES_15("15m", Duration.ofMinutes(15), Duration.ofDays(2)),
    HOUR("1h", Duration.ofHours(1), Duration.ofDays(14)),
    DAY("1d", Duration.ofDays(1), Duration.ofDays(90));

    private final String label;
    private final Duration size;
    private final Duration retention;

    TrendWindow(String label, Duration size, Duration retention) {
        this.label = label;
        this.size = size;
        this.retention = retention;
    }

    /** The name used in keys, topics and the API: {@code 15m}, {@code 1h}, {@code 1d}. */
    public String label() {
        return label;
    }

    public Duration size() {
        return size;
    }

    public Duration retention() {
        return retention;
    }

    public Instant startOf(Instant time) {
        long sizeMillis = size.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), sizeMillis) * sizeMillis);
    }

    public static TrendWindow byLabel(String label) {
        for (TrendWindow window : values()) {
            if (window.label.equals(label)) {
                return window;
            }
        }
        throw new IllegalArgumentException("unknown window '" + label + "' (expected 15m, 1h or 1d)");
    }
}
