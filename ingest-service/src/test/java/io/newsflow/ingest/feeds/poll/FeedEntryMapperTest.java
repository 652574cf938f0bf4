package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.ingest.feeds.config.FeedsProperties;
import io.newsflow.ingest.feeds.format.FeedEntry;
import io.newsflow.ingest.feeds.format.FeedFormat;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedEntryMapperTest {
    private static final Instant FETCHED_AT = Instant.parse("2024-04-02T08:00:00Z");
    private static final FeedsProperties.Feed FEED = new FeedsProperties.Feed("harbour-wire", "Harbour Wire",
            URI.create("https://wire.example.com/rss?apikey=secret"), FeedFormat.RSS, Duration.ofMinutes(5), Map.of(),
            false, List.of(), true);

    private final FeedEntryMapper mapper = new FeedEntryMapper(new RawArticleFactory(
            Clock.fixed(FETCHED_AT, ZoneOffset.UTC), new ArticleLimits(1000, 500_000, 1000, 2048)), 64);
    private final List<String> repairs = new ArrayList<>();

    private static FeedEntry entry(String guid, String link, String headline, String body) {
        return new FeedEntry(guid, link, headline, body, null, "Ana Ruiz", Instant.parse("2024-04-01T09:30:00Z"),
                null, null, null, "en", List.of(new FeedEntry.Subject("medtop:04000000", "economy")), null);
    }

    @Test
    void keepsAnUpstreamUriAsTheNinjsUri() {
        RawArticleEvent event = mapper.toEvent(FEED, entry("https://wire.example.com/story/7", null,
                "Port reopens", "The port reopened on Monday."), FETCHED_AT, repairs);

        assertThat(event.id()).isEqualTo("harbour-wire:https://wire.example.com/story/7");
        assertThat(event.ninjs().uri()).isEqualTo("https://wire.example.com/story/7");
        assertThat(event.ninjs().by()).isEqualTo("Ana Ruiz");
        assertThat(event.ninjs().firstCreated()).isEqualTo("2024-04-01T09:30:00Z");
        assertThat(event.ninjs().versionCreated()).isEqualTo("2024-04-01T09:30:00Z");
        assertThat(event.ninjs().subjects()).singleElement().satisfies(s -> {
            assertThat(s.uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/04000000");
            assertThat(s.literal()).isEqualTo("medtop:04000000");
            assertThat(s.name()).isEqualTo("economy");
        });
        assertThat(repairs).isEmpty();
    }

    @Test
    void turnsAGuidThatIsNoUriIntoANewsflowUrn() {
        RawArticleEvent event = mapper.toEvent(FEED, entry("story-7", null, "Port reopens", "Text."), FETCHED_AT,
                repairs);

        assertThat(event.id()).isEqualTo("harbour-wire:story-7");
        assertThat(event.ninjs().uri()).startsWith("urn:newsflow:harbour-wire:");
    }

    @Test
    void givesAnItemWithoutGuidOrLinkAContentId() {
        RawArticleEvent event = mapper.toEvent(FEED, entry(null, null, "Port reopens", "Text."), FETCHED_AT, repairs);

        assertThat(event.id()).isEqualTo("harbour-wire:sha256:" + event.contentHash());
        assertThat(event.ninjs().uri()).isEqualTo("urn:newsflow:harbour-wire:" + event.contentHash());
    }

    @Test
    void identifiesAnItemWithoutGuidByItsCanonicalLink() {
        RawArticleEvent event = mapper.toEvent(FEED, entry(null, "HTTPS://Wire.Example.com/story/7/?utm_source=x",
                "Port reopens", "Text."), FETCHED_AT, repairs);

        assertThat(event.id()).isEqualTo("harbour-wire:https://wire.example.com/story/7");
    }

    @Test
    void namesTheFeedAsSourceWithoutItsQueryString() {
        RawArticleEvent event = mapper.toEvent(FEED, entry("story-7", null, "Port reopens", "Text."), FETCHED_AT,
                repairs);

        assertThat(event.source().id()).isEqualTo("harbour-wire");
        assertThat(event.source().name()).isEqualTo("Harbour Wire");
        assertThat(event.source().feedUrl()).isEqualTo("https://wire.example.com/rss");
    }

    @Test
    void publishesTheSummaryWhenTheFeedHasNoFullText() {
        FeedEntry summaryOnly = new FeedEntry("story-7", "https://wire.example.com/7", "Port reopens", null,
                "Ships are moving again.", null, null, null, null, null, null, null, null);

        RawArticleEvent event = mapper.toEvent(FEED, summaryOnly, FETCHED_AT, repairs);

        assertThat(event.ninjs().mainBody().value()).isEqualTo("Ships are moving again.");
    }

    @Test
    void usesTheFetchTimeAndCountsARepairWhenTheDateIsUnreadable() {
        FeedEntry badDate = new FeedEntry("story-7", null, "Port reopens", "Text.", null, null, null, null, null,
                null, null, null, "Montag, 31. Foo");

        RawArticleEvent event = mapper.toEvent(FEED, badDate, FETCHED_AT, repairs);

        assertThat(event.ninjs().versionCreated()).isEqualTo(FETCHED_AT.toString());
        assertThat(repairs).containsExactly("unparseable-date");
    }

    @Test
    void dropsALanguageThatIsNoLanguageTag() {
        FeedEntry english = new FeedEntry("story-7", null, "Port reopens", "Text.", null, null, null, null, null,
                null, "English (UK)", null, null);

        RawArticleEvent event = mapper.toEvent(FEED, english, FETCHED_AT, repairs);

        assertThat(event.ninjs().language()).isNull();
        assertThat(repairs).containsExactly("invalid-language");
    }

    @Test
    void keepsACanceledItemAsARetractionEvenWithoutText() {
        FeedEntry canceled = new FeedEntry("story-7", null, null, null, null, null, null, null, "3",
                PubStatus.CANCELED, null, null, null);

        RawArticleEvent event = mapper.toEvent(FEED, canceled, FETCHED_AT, repairs);

        assertThat(event.ninjs().pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(event.ninjs().version()).isEqualTo("3");
    }

    @Test
    void rejectsAUsableItemWithoutHeadline() {
        assertThatThrownBy(() -> mapper.toEvent(FEED, entry("story-7", null, " ", "Text."), FETCHED_AT, repairs))
                .isInstanceOfSatisfying(ItemRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("missing-headline"));
    }

    @Test
    void rejectsAnIdLongerThanTheLimit() {
        assertThatThrownBy(() -> mapper.toEvent(FEED, entry("x".repeat(65), null, "Port", "Text."), FETCHED_AT,
                repairs)).isInstanceOfSatisfying(ItemRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo("id-too-long"));
    }

    @Test
    void rejectsAnUnknownPubStatus() {
        FeedEntry embargoed = new FeedEntry("story-7", null, "Port", "Text.", null, null, null, null, null,
                "embargoed", null, null, null);

        assertThatThrownBy(() -> mapper.toEvent(FEED, embargoed, FETCHED_AT, repairs))
                .isInstanceOfSatisfying(ItemRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("invalid-pub-status"));
    }

    private static FeedEntry atomEntry(Instant updated, String version) {
        return new FeedEntry("tag:wire.example.com,2024:7", null, "Port reopens", "The port reopened on Monday.",
                null, null, Instant.parse("2024-04-01T09:30:00Z"), updated, version, null, "en", List.of(), null);
    }

    @Test
    void givesAnEntryRepublishedWithANewerUpdatedAHigherVersion() {
        RawArticleEvent first = mapper.toEvent(FEED, atomEntry(Instant.parse("2024-04-01T10:00:00Z"), null),
                FETCHED_AT, repairs);
        RawArticleEvent republished = mapper.toEvent(FEED, atomEntry(Instant.parse("2024-04-01T16:45:30Z"), null),
                FETCHED_AT, repairs);

        assertThat(first.ninjs().version()).isEqualTo("20240401100000");
        assertThat(republished.ninjs().version()).isEqualTo("20240401164530");
        assertThat(new java.math.BigInteger(republished.ninjs().version()))
                .isGreaterThan(new java.math.BigInteger(first.ninjs().version()));
        assertThat(republished.id()).isEqualTo(first.id());
    }

    @Test
    void keepsTheVersionAnEntryStatesItself() {
        RawArticleEvent event = mapper.toEvent(FEED, atomEntry(Instant.parse("2024-04-01T16:45:30Z"), "4"),
                FETCHED_AT, repairs);

        assertThat(event.ninjs().version()).isEqualTo("4");
    }

    @Test
    void leavesAnEntryWithoutDatesAtVersionOneRatherThanANewVersionEveryPoll() {
        FeedEntry undated = new FeedEntry("story-9", null, "Port reopens", "Text.", null, null, null, null, null,
                null, null, List.of(), null);

        assertThat(mapper.toEvent(FEED, undated, FETCHED_AT, repairs).ninjs().version()).isEqualTo("1");
        assertThat(mapper.toEvent(FEED, undated, FETCHED_AT.plusSeconds(300), repairs).ninjs().version())
                .isEqualTo("1");
    }

    @Test
    void writesSubjectsOfOtherSchemesWithoutAnIptcUri() {
        FeedEntry entry = new FeedEntry("story-10", null, "Port reopens", "Text.", null, null, null, null, null,
                null, null, List.of(new FeedEntry.Subject("acme:harbours", "Harbours"),
                new FeedEntry.Subject("http://cv.iptc.org/newscodes/subjectcode/04000000", "economy"),
                new FeedEntry.Subject("https://vocab.example.com/ports", "Ports")), null);

        assertThat(mapper.toEvent(FEED, entry, FETCHED_AT, repairs).ninjs().subjects())
                .extracting(s -> s.uri(), s -> s.literal())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "acme:harbours"),
                        org.assertj.core.groups.Tuple.tuple("http://cv.iptc.org/newscodes/subjectcode/04000000",
                                "subj:04000000"),
                        org.assertj.core.groups.Tuple.tuple("https://vocab.example.com/ports", null));
    }
}
