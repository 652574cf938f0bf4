package io.newsflow.common.article;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RawArticleFactoryTest {
    private static final Instant NOW = Instant.parse("2024-05-02T08:15:30Z");
    private static final ArticleLimits SMALL_LIMITS = new ArticleLimits(80, 400, 60, 40);

    private final RawArticleFactory factory = new RawArticleFactory(Clock.fixed(NOW, ZoneOffset.UTC), SMALL_LIMITS,
            Map.of("wire", "Example Wire"));

    private static SimpleArticle simple(String headline, String body) {
        return new SimpleArticle(headline, body, null, null, null, null, null, null, null);
    }

    @Nested
    class FromSimpleArticle {

        @Test
        void buildsANinjsTextItemWithNewsflowDefaults() {
            SimpleArticle article = new SimpleArticle("Council approves harbour bridge",
                    "The council voted 7 to 2 on Monday.", "https://Example.com/news/bridge/?utm_source=rss", null,
                    "2024-05-01T21:30:00+02:00", "en", "Ana Ruiz", null, null);

            RawArticleEvent event = factory.fromSimple(article, "push");
            NinjsItem ninjs = event.ninjs();

            assertThat(event.id()).isEqualTo("push:https://example.com/news/bridge");
            assertThat(event.receivedAt()).isEqualTo(NOW);
            assertThat(event.contentHash()).isEqualTo(
                    ContentHash.of("Council approves harbour bridge", "The council voted 7 to 2 on Monday."));
            assertThat(event.source().id()).isEqualTo("push");
            assertThat(event.source().name()).isEqualTo("push");
            assertThat(ninjs.uri()).isEqualTo("https://example.com/news/bridge");
            assertThat(ninjs.type()).isEqualTo("text");
            assertThat(ninjs.version()).isEqualTo("1");
            assertThat(ninjs.pubStatus()).isEqualTo("usable");
            assertThat(ninjs.versionCreated()).isEqualTo("2024-05-02T08:15:30Z");
            assertThat(ninjs.firstCreated()).isEqualTo("2024-05-01T21:30:00+02:00");
            assertThat(ninjs.language()).isEqualTo("en");
            assertThat(ninjs.by()).isEqualTo("Ana Ruiz");
            assertThat(ninjs.headlines()).extracting(NinjsText::role, NinjsText::value)
                    .containsExactly(tuple("main", "Council approves harbour bridge"));
            assertThat(ninjs.bodies()).extracting(NinjsText::role, NinjsText::contentType, NinjsText::value)
                    .containsExactly(tuple("text", "text/plain", "The council voted 7 to 2 on Monday."));
            assertThat(ninjs.otherProperties()).containsEntry("altIds",
                    List.of(Map.of("role", "url", "value", "https://example.com/news/bridge")));
        }

        @Test
        void usesTheProvidersIdAndVersion() {
            SimpleArticle article = new SimpleArticle("Headline here", "Body here.", "https://example.com/a", null,
                    null, null, null, "story-881", "3");

            RawArticleEvent event = factory.fromSimple(article, "push");

            assertThat(event.id()).isEqualTo("push:story-881");
            assertThat(event.ninjs().uri()).startsWith("urn:newsflow:push:");
            assertThat(event.ninjs().version()).isEqualTo("3");
        }

        @Test
        void fallsBackToTheContentHashForAnArticleWithoutIdOrUrl() {
            RawArticleEvent event = factory.fromSimple(simple("Headline here", "Body here."), "push");

            assertThat(event.id()).isEqualTo("push:sha256:" + event.contentHash());
            assertThat(event.ninjs().uri()).isEqualTo("urn:newsflow:push:" + event.contentHash());
        }

        @Test
        void letsTheArticlesSourceOverrideTheRequestsSource() {
            SimpleArticle article = new SimpleArticle("Headline here", "Body here.", null, "wire", null, null, null,
                    "7", null);

            RawArticleEvent event = factory.fromSimple(article, "push");

            assertThat(event.id()).isEqualTo("wire:7");
            assertThat(event.source().id()).isEqualTo("wire");
            assertThat(event.source().name()).isEqualTo("Example Wire");
        }

        @Test
        void readsADateAsTheStartOfThatDayInUtc() {
            SimpleArticle article = new SimpleArticle("Headline here", "Body here.", null, null, "2024-05-01", null,
                    null, null, null);

            assertThat(factory.fromSimple(article, "push").ninjs().firstCreated()).isEqualTo("2024-05-01T00:00:00Z");
        }

        @Test
        void givesTheSameIdAndHashToAResendOfTheSameArticle() {
            RawArticleEvent first = factory.fromSimple(simple("Headline here", "Body  here."), "push");
            RawArticleEvent resend = factory.fromSimple(simple(" Headline here ", "Body here.\n"), "push");

            assertThat(resend.id()).isEqualTo(first.id());
            assertThat(resend.contentHash()).isEqualTo(first.contentHash());
        }
    }

    @Nested
    class RejectingSimpleArticles {

        @Test
        void requiresAHeadline() {
            assertViolation(simple("  ", "Body here."), "headline", "required");
            assertViolation(simple(null, "Body here."), "headline", "required");
        }

        @Test
        void requiresABody() {
            assertViolation(simple("Headline here", null), "body", "required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.com/a", "example.com/a", "not a url", ""})
        void acceptsOnlyHttpOrHttpsUrls(String url) {
            assertViolation(new SimpleArticle("Headline here", "Body here.", url, null, null, null, null, null, null),
                    "url", "http-or-https-url");
        }

        @ParameterizedTest
        @ValueSource(strings = {"yesterday", "2024-05-01T09:30:00", "01/05/2024", "2024-13-01"})
        void acceptsOnlyIso8601DateTimesWithOffsetOrDates(String publishedAt) {
            assertViolation(new SimpleArticle("Headline here", "Body here.", null, null, publishedAt, null, null, null,
                    null), "publishedAt", "iso-8601-date-time");
        }

        @ParameterizedTest
        @ValueSource(strings = {"english", "e", "en_GB", ""})
        void acceptsOnlyBcp47LanguageTags(String language) {
            assertViolation(new SimpleArticle("Headline here", "Body here.", null, null, null, language, null, null,
                    null), "language", "bcp47-language-tag");
        }

        @Test
        void rejectsABodyLongerThanTheLimit() {
            assertViolation(simple("Headline here", "x".repeat(401)), "body", "max-length");
        }

        @Test
        void rejectsAHeadlineLongerThanTheLimit() {
            assertViolation(simple("h".repeat(81), "Body here."), "headline", "max-length");
        }

        @Test
        void rejectsAMalformedSourceId() {
            assertThatThrownBy(() -> factory.fromSimple(simple("Headline here", "Body here."), "Push Feed"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactly(tuple("source", "source-id")));
        }

        @Test
        void rejectsAnEmptyId() {
            assertViolation(new SimpleArticle("Headline here", "Body here.", null, null, null, null, null, " ", null),
                    "id", "not-blank");
        }

        @Test
        void rejectsAnIdSpanningTwoLines() {
            assertViolation(new SimpleArticle("Headline here", "Body here.", null, null, null, null, null,
                    "story\n881", null), "id", "no-control-characters");
        }

        @Test
        void reportsEveryViolationAtOnce() {
            SimpleArticle article = new SimpleArticle(null, "", "ftp://x", "BAD", "soon", "english", null, null, null);

            assertThatThrownBy(() -> factory.fromSimple(article, "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactlyInAnyOrder(tuple("source", "source-id"), tuple("headline", "required"),
                                    tuple("body", "required"), tuple("url", "http-or-https-url"),
                                    tuple("publishedAt", "iso-8601-date-time"),
                                    tuple("language", "bcp47-language-tag")));
        }

        private void assertViolation(SimpleArticle article, String field, String rule) {
            assertThatThrownBy(() -> factory.fromSimple(article, "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> {
                        assertThat(e.violations()).extracting(ArticleViolation::field, ArticleViolation::rule)
                                .containsExactly(tuple(field, rule));
                        assertThat(e.violations().get(0).message()).isNotBlank();
                    });
        }
    }

    @Nested
    class FromNinjs {

        private NinjsItem item(String uri, String pubStatus, List<NinjsText> bodies) {
            return new NinjsItem(uri, null, null, null, null, null, pubStatus, "de",
                    List.of(new NinjsText("main", null, "Hafen bekommt neue Brücke", null)), bodies, "Lena Voss",
                    null, null, null, null, null, new LinkedHashMap<>(Map.of("slugline", "hafen-bruecke")));
        }

        @Test
        void keepsTheUpstreamUriAndFillsInDefaults() {
            RawArticleEvent event = factory.fromNinjs(item("https://wire.example/items/551", null,
                    List.of(NinjsText.plain("Der Rat stimmte am Montag zu."))), "wire");

            assertThat(event.id()).isEqualTo("wire:https://wire.example/items/551");
            assertThat(event.ninjs().uri()).isEqualTo("https://wire.example/items/551");
            assertThat(event.ninjs().type()).isEqualTo("text");
            assertThat(event.ninjs().version()).isEqualTo("1");
            assertThat(event.ninjs().pubStatus()).isEqualTo("usable");
            assertThat(event.ninjs().versionCreated()).isEqualTo("2024-05-02T08:15:30Z");
            assertThat(event.ninjs().language()).isEqualTo("de");
            assertThat(event.ninjs().otherProperties()).containsEntry("slugline", "hafen-bruecke");
            assertThat(event.contentHash())
                    .isEqualTo(ContentHash.of("Hafen bekommt neue Brücke", "Der Rat stimmte am Montag zu."));
        }

        @Test
        void keepsTheProvidersVersionTimestampAndStatus() {
            NinjsItem sent = new NinjsItem("urn:wire:551", "text", "4", null, "2024-04-30T10:00:00Z", null,
                    "usable", null, List.of(new NinjsText(null, null, "Headline here", null)),
                    List.of(NinjsText.plain("Body here.")), null, null, null, null, null, null, null);

            NinjsItem ninjs = factory.fromNinjs(sent, "wire").ninjs();

            assertThat(ninjs.version()).isEqualTo("4");
            assertThat(ninjs.versionCreated()).isEqualTo("2024-04-30T10:00:00Z");
        }

        @Test
        void acceptsARetractionWithoutHeadlineOrBody() {
            NinjsItem retraction = new NinjsItem("urn:wire:551", null, "5", null, null, null, "canceled", null,
                    null, null, null, null, null, null, null, null, null);

            RawArticleEvent event = factory.fromNinjs(retraction, "wire");

            assertThat(event.id()).isEqualTo("wire:urn:wire:551");
            assertThat(event.ninjs().isRetraction()).isTrue();
        }

        @Test
        void rejectsAUsableItemWithoutBody() {
            assertThatThrownBy(() -> factory.fromNinjs(item("urn:wire:551", "usable", List.of()), "wire"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactly(tuple("bodies", "required")));
        }

        @Test
        void rejectsABodyLongerThanTheLimitNamingItsIndex() {
            NinjsItem tooLong = item("urn:wire:551", null,
                    List.of(NinjsText.plain("Kurz."), new NinjsText(null, "text/html", "<p>" + "x".repeat(400), null)));

            assertThatThrownBy(() -> factory.fromNinjs(tooLong, "wire"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactly(tuple("bodies[1].value", "max-length")));
        }
    }

    @Nested
    class FromPlainText {
        /** Written for this test in the shape of a copied news page: masthead glued to tagline, caption. */
        private static final String COPIED_PAGE = """
                The Harbour TimesNews Without Fear

                City council approves new harbour bridge after decade of debate

                By Ana Ruiz and Tom Berger

                Workers inspect the old ferry pier at dawn on Tuesday. (Jane Doe/Harbour Times)

                The city council voted 7 to 2 on Monday night to fund a new bridge across the harbour.

                "This is the most important vote we have taken in years," said council member Ana Ruiz.
                """;

        @Test
        void takesTheRealHeadlineNotTheMasthead() {
            RawArticleEvent event = factory.fromPlainText(COPIED_PAGE, "push");

            assertThat(event.ninjs().mainHeadline())
                    .isEqualTo("City council approves new harbour bridge after decade of debate");
            assertThat(event.ninjs().by()).isEqualTo("Ana Ruiz and Tom Berger");
            assertThat(event.ninjs().mainBody().value())
                    .startsWith("Workers inspect the old ferry pier")
                    .contains("The city council voted 7 to 2")
                    .doesNotContain("Harbour TimesNews");
            assertThat(event.id()).isEqualTo("push:sha256:" + event.contentHash());
        }

        @Test
        void rejectsEmptyText() {
            assertThatThrownBy(() -> factory.fromPlainText(" \n\n ", "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactly(tuple("body", "required")));
        }

        @Test
        void refusesAFirstLineOverTheHeadlineLimitInsteadOfCuttingIt() {
            RawArticleFactory withDefaults = new RawArticleFactory(Clock.fixed(NOW, ZoneOffset.UTC),
                    ArticleLimits.DEFAULTS);
            String firstLine = "harbour ".repeat(12_500).strip() + ".";

            assertThat(firstLine.length()).isEqualTo(100_000);
            assertThatThrownBy(() -> withDefaults.fromPlainText(firstLine + "\n\nThe ferry is back.", "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> {
                        assertThat(e.violations()).extracting(ArticleViolation::field, ArticleViolation::rule)
                                .containsExactly(tuple("headline", "max-length"));
                        assertThat(e.violations().get(0).message()).contains("100000 characters");
                    });
        }

        @Test
        void stillCutsAFirstSentenceUnderTheLimitToAHeadline() {
            RawArticleFactory withDefaults = new RawArticleFactory(Clock.fixed(NOW, ZoneOffset.UTC),
                    ArticleLimits.DEFAULTS);
            String sentence = "The city council voted seven to two on Monday night to fund a new bridge across the "
                    + "harbour after a decade of debate about its cost and its route.";

            RawArticleEvent event = withDefaults.fromPlainText(sentence + " More follows.", "push");

            assertThat(event.ninjs().mainHeadline()).endsWith(" …").hasSizeLessThan(sentence.length());
        }

        @Test
        void refusesAControlCharacterWithItsOffset() {
            assertThatThrownBy(() -> factory.fromPlainText("Ferry returns\n\nThe ferry\u0007 is back.", "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule, ArticleViolation::offset)
                            .containsExactly(tuple("body", "control-character", 24)));
        }

        @Test
        void namesTheHeadlineWhenTheControlCharacterIsOnTheFirstLine() {
            // Blank lines above the headline do not count as its line; the offset stays one into the whole text.
            assertThatThrownBy(() -> factory.fromPlainText("\r\n  \nFerry\u0000 returns\n\nThe ferry is back.", "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> {
                        assertThat(e.violations())
                                .extracting(ArticleViolation::field, ArticleViolation::rule, ArticleViolation::offset)
                                .containsExactly(tuple("headline", "control-character", 10));
                        assertThat(e.getMessage()).startsWith("Article rejected: headline (control-character): "
                                + "headline holds the control character U+0000 at offset 10 of the text");
                    });
        }

        @Test
        void rejectsAHeadlineWithoutBody() {
            assertThatThrownBy(() -> factory.fromPlainText("City council approves new harbour bridge\n", "push"))
                    .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule)
                            .containsExactly(tuple("body", "required")));
        }
    }
}
