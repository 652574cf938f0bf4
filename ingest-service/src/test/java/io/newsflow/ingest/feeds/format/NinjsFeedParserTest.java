package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NinjsFeedParserTest {
    private final NinjsFeedParser parser = new NinjsFeedParser();

    @Test
    void readsOneNinjs3ItemWithItsMainHeadlineHtmlBodyAndSubjects() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("ninjs-single-3.json"), "application/json");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.entries()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:newsflow-test:orchard:2026-11-26:apple-harvest");
            assertThat(item.headline()).isEqualTo("Apple harvest falls by a third");
            assertThat(item.body()).isEqualTo("Orchards in the north valley picked a third fewer apples this year."
                    + "\n\nGrowers said a frost in late April damaged the blossom.");
            assertThat(item.summary()).isEqualTo("A late frost cut this year's apple harvest.");
            assertThat(item.byline()).isEqualTo("Priya Nair");
            assertThat(item.link()).isEqualTo("https://orchard.example.org/news/apple-harvest");
            assertThat(item.version()).isEqualTo("3");
            assertThat(item.pubStatus()).isEqualTo("usable");
            assertThat(item.language()).isEqualTo("en");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
            assertThat(item.updated()).isEqualTo(Instant.parse("2026-11-26T06:45:00Z"));
            assertThat(item.subjects()).containsExactly(new FeedEntry.Subject(
                    "http://cv.iptc.org/newscodes/mediatopic/20000210", "agriculture"));
        });
    }

    @Test
    void readsAJsonArrayOfItemsIncludingACanceledOneWithoutText() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("ninjs-list-3.json"), null);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.entries()).extracting(FeedEntry::guid, FeedEntry::version, FeedEntry::pubStatus)
                .containsExactly(tuple("urn:newsflow-test:transit:tram-line-4", "1", null),
                        tuple("urn:newsflow-test:transit:bus-strike", "4", "canceled"));
        assertThat(result.entries().get(0).body())
                .isEqualTo("The city opened the new stretch of line 4 on Thursday.\n\nTrams run every eight minutes.");
        assertThat(result.entries().get(1).headline()).isNull();
    }

    @Test
    void rejectsInvalidItemsOfAnItemsContainerAndReadsTheRest() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("ninjs-items-with-invalid.json"), null);

        assertThat(result.entries()).extracting(FeedEntry::guid)
                .containsExactly("urn:newsflow-test:science:comet", "urn:newsflow-test:science:eclipse");
        assertThat(result.rejected()).extracting(RejectedEntry::reason, RejectedEntry::itemRef)
                .containsExactly(tuple("invalid-ninjs", "urn:newsflow-test:science:bad-urgency"),
                        tuple("invalid-ninjs", "item 3"));
        assertThat(result.rejected().get(0).detail()).contains("urgency");
    }

    @Test
    void mapsNinjs2ItemsOfADataContainerByHand() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("ninjs-2.json"), "application/json; charset=utf-8");

        FeedEntry marathon = FeedFixtures.entry(result, "urn:newsflow-test:v2:marathon");
        assertThat(marathon.headline()).isEqualTo("Stadtlauf mit Rekordbeteiligung");
        assertThat(marathon.body()).isEqualTo("Mehr als 8000 Läuferinnen und Läufer starteten am Sonntag.\n\n"
                + "Der Sieger lief die Strecke in 2:11 Stunden.");
        assertThat(marathon.summary()).isEqualTo("Mehr als 8000 Läuferinnen und Läufer starteten.");
        assertThat(marathon.byline()).isEqualTo("Karl Vogt");
        assertThat(marathon.version()).isEqualTo("2");
        assertThat(marathon.language()).isEqualTo("de");
        assertThat(marathon.published()).isEqualTo(Instant.parse("2026-11-22T13:00:00Z"));
        assertThat(marathon.updated()).isEqualTo(Instant.parse("2026-11-22T14:05:00Z"));
        assertThat(marathon.subjects()).containsExactly(new FeedEntry.Subject("medtop:15000000", "sport"));

        assertThat(FeedFixtures.entry(result, "urn:newsflow-test:v2:weather-warning").pubStatus()).isEqualTo("withheld");
        assertThat(result.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).isEqualTo("invalid-ninjs");
            assertThat(rejected.itemRef()).isEqualTo("urn:newsflow-test:v2:broken-status");
            assertThat(rejected.detail()).contains("pubstatus");
        });
    }

    @Test
    void refusesADocumentThatIsNotJson() {
        assertThatThrownBy(() -> parser.parse("<rss/>".getBytes(), null))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.reason()).isEqualTo("not-json"));
    }

    @Test
    void refusesJsonThatHoldsNoItems() {
        assertThatThrownBy(() -> parser.parse("\"just a string\"".getBytes(), null))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.reason()).isEqualTo("not-ninjs"));
    }
}
