package io.newsflow.ingest.web.html;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Article pages we wrote, each marked up the way a different kind of publisher does it. */
class ArticlePageExtractorTest {
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    static String page(String name) {
        try (InputStream in = ArticlePageExtractorTest.class.getResourceAsStream("/feeds/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Test page /feeds/html/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsJsonLdNewsArticleInsideGraphBeforeOpenGraphAndPage() {
        ExtractedArticle article = extractor.extract(page("jsonld-news-article.html"),
                URI.create("https://courier.example.org/news/2024/03/harbour-ferry-returns?utm_source=feed"));

        assertThat(article.headline()).isEqualTo("Harbour ferry returns to service after winter storm repairs");
        assertThat(article.byline()).isEqualTo("Mira Okafor and Tomas Lindqvist");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-03-14T07:15:00Z"));
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.canonicalUrl()).isEqualTo("https://courier.example.org/news/2024/03/harbour-ferry-returns");
    }

    @Test
    void takesArticleTextWithoutHeaderFigureShareAdReadMoreRelatedOrNewsletter() {
        ExtractedArticle article = extractor.extract(page("jsonld-news-article.html"), null);

        assertThat(article.body()).isEqualTo("""
                The harbour ferry carried its first passengers in six weeks on Thursday morning, after repairs to \
                the hull and the landing ramp damaged in January's storm.

                About forty commuters made the seven-minute crossing to the island, where the council has rebuilt \
                the waiting room.

                "We missed it more than we expected," said Jonas Weber, who runs the island bakery.

                Timetable changes

                Sailings will run every half hour until the summer timetable starts in May.""");
    }

    @Test
    void readsOpenGraphAndMetaTagsWhenThereIsNoJsonLd() {
        ExtractedArticle article = extractor.extract(page("open-graph-article.html"),
                URI.create("https://valley.example.net/farming/frost-fans"));

        assertThat(article.headline()).isEqualTo("Orchard growers try wind machines against late frost");
        assertThat(article.byline()).isEqualTo("Priya Raman");
        assertThat(article.published()).isEqualTo(Instant.parse("2023-10-05T21:40:00Z"));
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.canonicalUrl()).isEqualTo("https://valley.example.net/farming/frost-fans");
    }

    @Test
    void takesArticleBodyMarkedWithItempropKeepingQuotesHeadingsAndListItemsAsParagraphs() {
        ExtractedArticle article = extractor.extract(page("open-graph-article.html"), null);

        assertThat(article.body()).isEqualTo("""
                Three orchards north of the river installed wind machines this autumn, hoping to save next spring's \
                blossom from the late frosts that cost them most of last year's apple crop.

                The machines, which look like tall single-blade turbines, pull warmer air from a few metres up down \
                to the trees on still, cold nights.

                "One night at minus three can take the whole harvest," said grower Elena Marsh.

                Costs shared

                Each machine covers about five hectares.

                The co-operative pays half of the cost.

                Growers will report back to the co-operative after the spring.""");
    }

    @Test
    void readsHeadlineBylineAndDateFromTheVisiblePageWhenItHasNoMetadata() {
        ExtractedArticle article = extractor.extract(page("bare-article.html"), null);

        assertThat(article.headline()).isEqualTo("Library opens its doors on Sundays");
        assertThat(article.byline()).isEqualTo("Tom Reed");
        assertThat(article.published()).isEqualTo(Instant.parse("2023-11-02T00:00:00Z"));
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void findsTheDensestBlockOfAnUnmarkedPageWithoutNavAsideCaptionRelatedOrScript() {
        ExtractedArticle article = extractor.extract(page("bare-article.html"), null);

        assertThat(article.body()).isEqualTo("""
                The town library will open on Sundays from next month, the first change to its hours in twenty years.

                Volunteers will staff the front desk on Sunday afternoons, and the council has agreed to pay for \
                heating the building.
                The reading room and the children's corner will both be open.

                Librarian Grace Holm said Sunday visits would be "a trial for six months".""");
    }
}
