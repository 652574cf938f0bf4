package io.newsflow.ingest.web.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the publication dates pages put in JSON-LD, meta tags and {@code <time datetime>}. A date-time
 * without an offset, or a bare date, is taken as UTC: the page gives no better clue, and a fixed rule
 * keeps the same page giving the same instant on every machine.
 */
final class PublishedDates {
    /** ISO-8601 with or without seconds, with an offset written as Z, +01:00 or +0100. */
    private static final DateTimeFormatter ISO_WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();
    private static final List<DateTimeFormatter> WITH_ZONE = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, ISO_WITH_OFFSET, DateTimeFormatter.RFC_1123_DATE_TIME);

    private PublishedDates() {
    }

    /** The instant {@code text} names, or null when it is not a date this reader knows. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter formatter : WITH_ZONE) {
            try {
                return ZonedDateTime.parse(value, formatter).toInstant();
            } catch (DateTimeException notThisForm) {
                // the next form may fit
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            // fall through to forms without a zone
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }
}
