package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NewsMlG2ParserTest {
    private final NewsMlG2Parser parser = new NewsMlG2Parser();

    @Test
    void readsANewsItemWithItsXhtmlBodyVersionDatesLanguageAndSubjects() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("newsml-item.xml"), "application/vnd.iptc.g2.newsitem+xml");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.entries()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:newsml:newsflow-test.example:20261126:lighthouse");
            assertThat(item.version()).isEqualTo("3");
            assertThat(item.pubStatus()).isEqualTo("usable");
            assertThat(item.headline()).isEqualTo("Lighthouse keeper's cottage becomes a museum");
            assertThat(item.summary()).isEqualTo("The cottage at Skerry Point opens as a museum in spring.");
            assertThat(item.body()).isEqualTo("The cottage at Skerry Point, home to three generations of keepers, "
                    + "will open as a museum in April.\n\nVolunteers have restored the kitchen & the lamp room.");
            assertThat(item.byline()).isEqualTo("Signe Havland");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
            assertThat(item.updated()).isEqualTo(Instant.parse("2026-11-26T10:20:00Z"));
            assertThat(item.language()).isEqualTo("en-GB");
            assertThat(item.subjects()).containsExactly(
                    new FeedEntry.Subject("medtop:20000735", "maritime transport"),
                    new FeedEntry.Subject("medtop:01000000", "arts, culture, entertainment and media"));
        });
    }

    @Test
    void readsEveryTextItemOfANewsMessage() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("newsml-message.xml"), null);

        FeedEntry rowing = FeedFixtures.entry(result, "urn:newsml:newsflow-test.example:20261126:rowing");
        assertThat(rowing.headline()).isEqualTo("Roeiclub viert honderdjarig bestaan");
        assertThat(rowing.byline()).isEqualTo("Door Eva de Wit");
        assertThat(rowing.body()).isEqualTo("De roeiclub aan de Amstel bestaat honderd jaar.\n\n"
                + "Zaterdag is er een regatta voor alle leden.");
        assertThat(rowing.language()).isEqualTo("nl");
        assertThat(rowing.published()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
    }

    @Test
    void turnsACanceledItemAndAWithdrawnSignalIntoRetractions() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("newsml-message.xml"), null);

        assertThat(result.entries()).extracting(FeedEntry::guid, FeedEntry::version, FeedEntry::pubStatus)
                .contains(tuple("urn:newsml:newsflow-test.example:20261125:fire", "5", "canceled"),
                        tuple("urn:newsml:newsflow-test.example:20261125:recall", "2", "canceled"));
    }

    @Test
    void rejectsPictureItemsAndUnknownPublishingStatusesWithoutStoppingTheMessage() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("newsml-message.xml"), null);

        assertThat(result.entries()).hasSize(3);
        assertThat(result.rejected()).extracting(RejectedEntry::reason, RejectedEntry::itemRef)
                .containsExactly(tuple("not-text", "urn:newsml:newsflow-test.example:20261126:rowing-photo"),
                        tuple("unknown-pub-status", "urn:newsml:newsflow-test.example:20261126:embargo"));
    }
}
