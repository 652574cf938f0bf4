package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RssParserTest {
    private final RssParser parser = new RssParser();
    private final FeedParseResult mixed = parser.parse(FeedFixtures.bytes("rss-mixed.xml"), "application/rss+xml");

    @Test
    void readsFullTextFromContentEncodedAndSummaryFromDescription() {
        FeedEntry ferry = FeedFixtures.entry(mixed, "courier-2026-11-0412");

        assertThat(ferry.headline()).isEqualTo("Ferry timetable changes from Monday & what it means");
        assertThat(ferry.link()).isEqualTo("https://courier.example.org/2026/11/ferry-timetable");
        assertThat(ferry.body()).isEqualTo("The harbour authority said on Thursday that the 07:40 crossing will "
                + "leave at 07:20 from Monday.\n\nCommuters asked for the change in a survey last spring, the "
                + "authority said.");
        assertThat(ferry.summary()).isEqualTo("The morning ferry leaves twenty minutes earlier.");
        assertThat(ferry.summaryOnly()).isFalse();
        assertThat(ferry.byline()).isEqualTo("Mira Osei, Tom Lindqvist");
        assertThat(ferry.published()).isEqualTo(Instant.parse("2026-11-26T10:15:00Z"));
        assertThat(ferry.language()).isEqualTo("en-GB");
        assertThat(ferry.subjects()).extracting(FeedEntry.Subject::name).containsExactly("Transport", "Harbour");
        assertThat(ferry.dateProblem()).isNull();
    }

    @Test
    void keepsSummaryOnlyItemWithItsLinkSoThePageCanBeFetched() {
        FeedEntry library = mixed.entries().stream()
                .filter(e -> "https://courier.example.org/2026/11/library-hours".equals(e.link())).findFirst()
                .orElseThrow();

        assertThat(library.guid()).isNull();
        assertThat(library.body()).isNull();
        assertThat(library.summary()).isEqualTo("The central library will stay open until 21:00 on weekdays.");
        assertThat(library.summaryOnly()).isTrue();
        assertThat(library.byline()).isEqualTo("Ada Brennan");
        assertThat(library.published()).isEqualTo(Instant.parse("2026-11-25T15:02:11Z"));
    }

    @Test
    void usesPermalinkGuidAsLinkAndTakesHeadlineFromFirstSentenceWhenTitleIsMissing() {
        FeedEntry market = FeedFixtures.entry(mixed, "https://courier.example.org/2026/11/night-market");

        assertThat(market.link()).isEqualTo("https://courier.example.org/2026/11/night-market");
        assertThat(market.headline()).isEqualTo("Stallholders at the night market voted to move it to the quay");
        assertThat(market.published()).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
        assertThat(market.language()).isEqualTo("cy");
    }

    @Test
    void letsItemWithoutGuidOrLinkThroughAndKeepsAnUnparseableDateAsItsProblem() {
        FeedEntry choir = mixed.entries().stream()
                .filter(e -> "Choir raises funds for new roof".equals(e.headline())).findFirst().orElseThrow();

        assertThat(choir.guid()).isNull();
        assertThat(choir.link()).isNull();
        assertThat(choir.published()).isNull();
        assertThat(choir.dateProblem()).isEqualTo("sometime last week");
        assertThat(mixed.entries()).hasSize(4);
        assertThat(mixed.rejected()).isEmpty();
    }

    @Test
    void rejectsTheItemsThatCannotBeUsedAndReadsTheOthers() {
        FeedParseResult result = parser.parse(FeedFixtures.bytes("rss-one-broken-item.xml"), null);

        assertThat(result.entries()).extracting(FeedEntry::headline)
                .containsExactly("Bridge reopens after repairs", "School wins robotics prize");
        assertThat(result.rejected()).extracting(RejectedEntry::reason, RejectedEntry::itemRef)
                .containsExactly(tuple("missing-text", "item 2"),
                        tuple("missing-headline", "https://valley.example.net/photo-only"));
    }

    @Test
    void refusesAnAtomDocumentConfiguredAsRss() {
        assertThatThrownBy(() -> parser.parse(FeedFixtures.bytes("atom-entry.xml"), null))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("wrong-format"));
    }

    @Test
    void refusesAnRssDocumentWithoutChannel() {
        byte[] noChannel = "<rss version=\"2.0\"><item><title>x</title></item></rss>".getBytes();

        assertThatThrownBy(() -> parser.parse(noChannel, null))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.reason()).isEqualTo("not-rss"));
    }
}
