package io.newsflow.ingest.feeds.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates feeds really carry into instants.
 * <ul>
 * <li><b>RFC 822 / 1123 / 850</b> (RSS {@code pubDate}, HTTP): {@code Thu, 26 Nov 2026 10:15:00 GMT}, with or
 *     without the weekday (which is not checked: feeds get it wrong and the date is what counts), with or
 *     without seconds, day with one or two digits, English month names or their first three letters, years of
 *     two digits (00-49 is 20xx, 50-99 is 19xx, as RFC 5322 says), zones as numeric offsets ({@code +0100},
 *     {@code +01:00}), {@code GMT}/{@code UT}/{@code UTC}/{@code Z}, the North American and common European,
 *     Asian and Australian abbreviations (EST, EDT, PST, CET, CEST, BST, MSK, JST, AEST, ...) or region ids
 *     ({@code Europe/Berlin}); a trailing comment like {@code (CET)} is ignored.</li>
 * <li><b>RFC 3339 / ISO 8601</b> (Atom, ninjs, NewsML-G2, {@code dc:date}): {@code 2026-11-26T10:15:00Z}
 *     with or without seconds and fractions (up to nanoseconds), {@code Z} or an offset with or without its
 *     colon or minutes, a space instead of the {@code T}, the basic form {@code 20261126T101500Z}, and a date
 *     alone (midnight UTC).</li>
 * <li>The C {@code asctime}/Java {@code Date.toString()} form: {@code Thu Nov 26 10:15:00 UTC 2026}.</li>
 * </ul>
 * <b>A date without a zone</b> ({@code 2026-11-26 10:15:00}) <b>is taken as UTC</b>: a feed has no locale to
 * guess from, and UTC is wrong by at most the provider's offset, whereas any guess could be wrong by more.
 * <p>
 * <b>When nothing parses</b> (an unknown zone abbreviation included: guessing one could put a story hours
 * out), {@link #parse} is empty. The item then keeps a null date and {@link FeedEntry#dateProblem()} carries
 * the text the feed sent; the poller uses the fetch time instead and counts the problem. A bad date never
 * costs the item.
 */
public final class FeedDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(.*)");
    private static final Pattern ISO_8601 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ]\\s*(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?\\s*(.*)");
    private static final Pattern ISO_8601_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})[Tt](\\d{2})(\\d{2})(?:(\\d{2})(?:[.,](\\d+))?)?\\s*(.*)");
    private static final Pattern ASCTIME = Pattern.compile(
            "[A-Za-z]{3,9},?\\s+([A-Za-z]{3,9})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+"
                    + "(?:([A-Za-z][A-Za-z/_+0-9:-]*)\\s+)?(\\d{4})");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
            Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("BST", 60),
            Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60), Map.entry("MEST", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
            Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("SGT", 480),
            Map.entry("AWST", 480), Map.entry("ACST", 570), Map.entry("ACDT", 630),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("NZDT", 780));

    private FeedDates() {
    }

    /** The instant the text names, or empty when it is blank or in no format listed above. */
    public static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = TRAILING_COMMENT.matcher(raw.strip()).replaceFirst("");
        try {
            return iso(ISO_8601.matcher(text))
                    .or(() -> iso(ISO_8601_BASIC.matcher(text)))
                    .or(() -> rfc822(text))
                    .or(() -> asctime(text));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> iso(Matcher m) {
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(number(m.group(1)), number(m.group(2)), number(m.group(3)),
                numberOrZero(m.group(4)), numberOrZero(m.group(5)), numberOrZero(m.group(6)),
                nanos(m.group(7)));
        return zone(m.group(8)).map(local::atZone).map(zoned -> zoned.toInstant());
    }

    private static Optional<Instant> rfc822(String text) {
        Matcher m = RFC_822.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> month = month(m.group(2));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(year(m.group(3)), month.get(), number(m.group(1)),
                number(m.group(4)), number(m.group(5)), numberOrZero(m.group(6)), nanos(m.group(7)));
        return zone(m.group(8)).map(local::atZone).map(zoned -> zoned.toInstant());
    }

    private static Optional<Instant> asctime(String text) {
        Matcher m = ASCTIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> month = month(m.group(1));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(number(m.group(7)), month.get(), number(m.group(2)),
                number(m.group(3)), number(m.group(4)), numberOrZero(m.group(5)));
        return zone(m.group(6)).map(local::atZone).map(zoned -> zoned.toInstant());
    }

    /** The zone a date names: empty input is UTC (see the class comment); an unknown one is no zone at all. */
    private static Optional<ZoneId> zone(String raw) {
        String zone = raw == null ? "" : raw.strip();
        if (zone.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        Integer minutes = ZONE_MINUTES.get(zone.toUpperCase(Locale.ROOT));
        if (minutes != null) {
            return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
        }
        Matcher offset = NUMERIC_OFFSET.matcher(zone);
        if (offset.matches()) {
            int sign = offset.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * number(offset.group(2)),
                    sign * numberOrZero(offset.group(3))));
        }
        if (zone.contains("/")) {
            try {
                return Optional.of(ZoneId.of(zone));
            } catch (DateTimeException unknownRegion) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int index = MONTHS.indexOf(lower.substring(0, 3));
        if (index < 0) {
            return Optional.empty();
        }
        boolean known = lower.length() == 3 || lower.equals("sept")
                || Month.of(index + 1).name().toLowerCase(Locale.ROOT).equals(lower);
        return known ? Optional.of(index + 1) : Optional.empty();
    }

    private static int year(String digits) {
        int year = number(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return digits.length() == 3 ? 1900 + year : year;
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction.length() > 9 ? fraction.substring(0, 9) : fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int numberOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
