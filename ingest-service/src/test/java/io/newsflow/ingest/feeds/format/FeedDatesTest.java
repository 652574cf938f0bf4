package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # RFC 822 / 1123 as RSS pubDate and HTTP carry them
            Thu, 26 Nov 2026 10:15:00 GMT          | 2026-11-26T10:15:00Z
            Thu, 26 Nov 2026 10:15:00 +0000        | 2026-11-26T10:15:00Z
            Thu, 26 Nov 2026 10:15:00 +0100        | 2026-11-26T09:15:00Z
            Thu, 26 Nov 2026 10:15:00 -05:00       | 2026-11-26T15:15:00Z
            26 Nov 2026 10:15:00 GMT               | 2026-11-26T10:15:00Z
            Thu, 6 Nov 2026 10:15 GMT              | 2026-11-06T10:15:00Z
            Thu, 26 Nov 26 10:15:00 UT             | 2026-11-26T10:15:00Z
            Sat, 26 Nov 94 10:15:00 GMT            | 1994-11-26T10:15:00Z
            Thursday, 26-Nov-26 10:15:00 GMT       | 2026-11-26T10:15:00Z
            Thu, 26 Nov 2026 10:15:00 EST          | 2026-11-26T15:15:00Z
            Thu, 26 Jun 2026 10:15:00 EDT          | 2026-06-26T14:15:00Z
            Thu, 26 Nov 2026 10:15:00 PST          | 2026-11-26T18:15:00Z
            Thu, 26 Nov 2026 10:15:00 CET          | 2026-11-26T09:15:00Z
            Fri, 26 Jun 2026 10:15:00 CEST         | 2026-06-26T08:15:00Z
            Thu, 26 Nov 2026 10:15:00 +0100 (CET)  | 2026-11-26T09:15:00Z
            Thu, 26 Nov 2026 10:15:00 Europe/Oslo  | 2026-11-26T09:15:00Z
            Thu, 26 Nov 2026 10:15:00              | 2026-11-26T10:15:00Z
            thu, 26 nov 2026 10:15:00 gmt          | 2026-11-26T10:15:00Z
            Mon, 26 Sept 2026 10:15:00 GMT         | 2026-09-26T10:15:00Z
            Mon, 26 September 2026 10:15:00 GMT    | 2026-09-26T10:15:00Z
            Mon, 26 Nov 2026 10:15:00 GMT          | 2026-11-26T10:15:00Z
            # RFC 3339 / ISO 8601 as Atom, ninjs, NewsML-G2 and dc:date carry them
            2026-11-26T10:15:00Z                   | 2026-11-26T10:15:00Z
            2026-11-26T10:15:00z                   | 2026-11-26T10:15:00Z
            2026-11-26T10:15Z                      | 2026-11-26T10:15:00Z
            2026-11-26T10:15:00.5Z                 | 2026-11-26T10:15:00.500Z
            2026-11-26T10:15:00.123456789Z         | 2026-11-26T10:15:00.123456789Z
            2026-11-26T10:15:00,25+01:00           | 2026-11-26T09:15:00.250Z
            2026-11-26T10:15:00+01:00              | 2026-11-26T09:15:00Z
            2026-11-26T10:15:00+0100               | 2026-11-26T09:15:00Z
            2026-11-26T10:15:00+01                 | 2026-11-26T09:15:00Z
            2026-11-26T10:15:00-03:30              | 2026-11-26T13:45:00Z
            2026-11-26 10:15:00                    | 2026-11-26T10:15:00Z
            2026-11-26 10:15:00 UTC                | 2026-11-26T10:15:00Z
            2026-11-26T10:15:00                    | 2026-11-26T10:15:00Z
            2026-11-26                             | 2026-11-26T00:00:00Z
            20261126T101500Z                       | 2026-11-26T10:15:00Z
            '  2026-11-26T10:15:00Z  '             | 2026-11-26T10:15:00Z
            # asctime and Java's Date.toString()
            Thu Nov 26 10:15:00 UTC 2026           | 2026-11-26T10:15:00Z
            Thu Nov 26 10:15:00 2026               | 2026-11-26T10:15:00Z
            """)
    void parsesTheDateFormatsFeedsUse(String raw, String expected) {
        assertThat(FeedDates.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sometime last week", "yesterday", "Thu, 26 Nov 2026 10:15:00 XYZ",
            "Thu, 31 Nov 2026 10:15:00 GMT", "2026-13-01T00:00:00Z", "2026-11-26T25:00:00Z", "26 Novem 2026 10:15",
            "2026-11-26T10:15:00Z trailing words", "1732616100", "Thu, 26 Nov 2026 10:15:00 IST"})
    void findsNoDateInTextThatIsNoneOfThem(String raw) {
        assertThat(FeedDates.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void findsNoDateInNothing(String raw) {
        assertThat(FeedDates.parse(raw)).isEmpty();
    }
}
