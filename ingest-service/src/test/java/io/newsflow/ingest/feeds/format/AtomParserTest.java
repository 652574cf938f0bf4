package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AtomParserTest {
    private final AtomParser parser = new AtomParser();
    private final FeedParseResult feed = parser.parse(FeedFixtures.bytes("atom-content-types.xml"),
            "application/atom+xml");

    @Test
    void readsTextContentKeepingItsParagraphs() {
        FeedEntry snow = FeedFixtures.entry(feed, "tag:gazette.example.com,2026:text-1");

        assertThat(snow.headline()).isEqualTo("Snow closes mountain pass");
        assertThat(snow.body()).isEqualTo("Ridge Pass closed at dawn after 40 cm of snow fell overnight.\n\n"
                + "Crews expect to reopen it by Friday.");
        assertThat(snow.byline()).isEqualTo("Jonas Weller");
        assertThat(snow.published()).isEqualTo(Instant.parse("2026-11-26T06:30:00Z"));
        assertThat(snow.updated()).isEqualTo(Instant.parse("2026-11-26T06:05:30Z"));
        assertThat(snow.language()).isEqualTo("en-US");
        assertThat(snow.subjects()).containsExactly(new FeedEntry.Subject("weather", "Weather"));
    }

    @Test
    void resolvesTheAlternateLinkAgainstXmlBaseAndIgnoresOtherRelations() {
        FeedEntry snow = FeedFixtures.entry(feed, "tag:gazette.example.com,2026:text-1");

        assertThat(snow.link()).isEqualTo("https://gazette.example.com/news/2026/11/snow-pass");
    }

    @Test
    void reducesHtmlTitleSummaryAndContentToTextWithoutStyle() {
        FeedEntry budget = FeedFixtures.entry(feed, "tag:gazette.example.com,2026:html-2");

        assertThat(budget.headline()).isEqualTo("Council approves new budget");
        assertThat(budget.summary()).isEqualTo("The budget passed 7\u20132.");
        assertThat(budget.body()).isEqualTo("The county council approved the budget by seven votes to two.\n\n"
                + "Spending on roads rises by 4%.");
        assertThat(budget.link()).isEqualTo("https://gazette.example.com/news/2026/11/budget");
        assertThat(budget.updated()).isEqualTo(Instant.parse("2026-11-25T18:00:00Z"));
        assertThat(budget.subjects()).containsExactly(new FeedEntry.Subject(null, "politics"));
    }

    @Test
    void readsXhtmlTitleAndContentAndTheEntrysOwnLanguage() {
        FeedEntry market = FeedFixtures.entry(feed, "tag:gazette.example.com,2026:xhtml-3");

        assertThat(market.headline()).isEqualTo("Mercado navideño abre el sábado");
        assertThat(market.body()).isEqualTo("El mercado navideño abre el sábado en la plaza mayor.\n\n"
                + "Habrá cuarenta puestos\ny música en vivo.");
        assertThat(market.language()).isEqualTo("es");
        assertThat(market.updated()).isEqualTo(Instant.parse("2026-11-24T10:00:00.250Z"));
    }

    @Test
    void givesEntriesWithoutAuthorTheFeedsAuthor() {
        FeedEntry budget = FeedFixtures.entry(feed, "tag:gazette.example.com,2026:html-2");

        assertThat(budget.byline()).isEqualTo("Gazette Newsroom");
    }

    @Test
    void readsAnAtomEntryDocumentAsAFeedOfOne() {
        FeedParseResult single = parser.parse(FeedFixtures.bytes("atom-entry.xml"), null);

        assertThat(single.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.guid()).isEqualTo("urn:uuid:6f1c2b1e-3a55-4c1e-9a52-7d0f6c1b9e21");
            assertThat(entry.headline()).isEqualTo("Observatory opens to the public");
            assertThat(entry.summary()).isEqualTo("The hill-top observatory opens its doors every clear Friday night.");
            assertThat(entry.body()).isNull();
            assertThat(entry.byline()).isEqualTo("Lena Park");
        });
    }
}
