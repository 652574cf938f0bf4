package io.newsflow.ingest.web.html;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDatesTest {

    @Test
    void readsIsoDateTimesWithEveryOffsetSpelling() {
        assertThat(PublishedDates.parse("2024-03-14T08:15:00+01:00")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(PublishedDates.parse("2024-03-14T08:15:00+0100")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(PublishedDates.parse("2024-03-14T07:15Z")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(PublishedDates.parse("2024-03-14T07:15:00.250Z")).isEqualTo(Instant.parse("2024-03-14T07:15:00.250Z"));
    }

    @Test
    void readsRfc1123DatesAsMetaTagsSometimesHaveThem() {
        assertThat(PublishedDates.parse("Thu, 14 Mar 2024 07:15:00 GMT")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
    }

    @Test
    void takesDateTimesWithoutOffsetAndBareDatesAsUtc() {
        assertThat(PublishedDates.parse("2024-03-14T07:15:00")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(PublishedDates.parse("2024-03-14 07:15:00")).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(PublishedDates.parse("2024-03-14")).isEqualTo(Instant.parse("2024-03-14T00:00:00Z"));
    }

    @Test
    void givesNothingForTextThatIsNotADate() {
        assertThat(PublishedDates.parse("yesterday")).isNull();
        assertThat(PublishedDates.parse("14/03/2024")).isNull();
        assertThat(PublishedDates.parse("")).isNull();
        assertThat(PublishedDates.parse(null)).isNull();
    }
}
