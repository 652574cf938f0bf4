package io.newsflow.ingest.web.html;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of the extraction rules, each on a small page written for it. */
class ArticlePageRulesTest {
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    private static final String PARAGRAPH_ONE = "The bridge will close for two nights while engineers replace "
            + "the expansion joints on the eastern span.";
    private static final String PARAGRAPH_TWO = "Traffic will be sent through the tunnel, which adds about ten "
            + "minutes to the crossing at night.";

    @Test
    void keepsAParagraphThatOnlyStartsWithTheWordRelated() {
        String html = "<article><p>" + PARAGRAPH_ONE + "</p><p>Related work on the western span finished in "
                + "June.</p><p>Related: <a href='/x'>Bridge tolls rise</a></p></article>";

        assertThat(extractor.extract(html, null).body())
                .isEqualTo(PARAGRAPH_ONE + "\n\nRelated work on the western span finished in June.");
    }

    @Test
    void sparesAWrapperWhoseClassNameMentionsAChromeWordWhenItHoldsTheArticle() {
        String html = "<body><div class='story share-enabled'><p>" + PARAGRAPH_ONE + "</p><p>" + PARAGRAPH_TWO
                + "</p></div><div class='share'><a href='#'>Share</a></div></body>";

        assertThat(extractor.extract(html, null).body()).isEqualTo(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO);
    }

    @Test
    void readsAPageThatSitsInsideOneFormAsOldServerFrameworksWrite() {
        String html = "<body><form id='aspnetForm' action='/page.aspx'><div class='menu'><a href='/'>Home</a></div>"
                + "<div id='story'><p>" + PARAGRAPH_ONE + "</p><p>" + PARAGRAPH_TWO + "</p></div></form></body>";

        assertThat(extractor.extract(html, null).body()).isEqualTo(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO);
    }

    @Test
    void takesTheArticleElementWithTheMostTextOverTeaserCards() {
        String html = "<body><article class='teaser'><p>Short teaser of another story.</p></article>"
                + "<article><p>" + PARAGRAPH_ONE + "</p><p>" + PARAGRAPH_TWO + "</p></article></body>";

        assertThat(extractor.extract(html, null).body()).isEqualTo(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO);
    }

    @Test
    void dropsHiddenElementsAndAdLabels() {
        String html = "<article><p>" + PARAGRAPH_ONE + "</p><p hidden>Hidden promo text</p>"
                + "<div style='display: none'>Invisible text</div><div aria-hidden='true'>Decoration</div>"
                + "<p>Advertisement</p><ins class='adsbygoogle'>Ad text</ins><p>" + PARAGRAPH_TWO + "</p></article>";

        assertThat(extractor.extract(html, null).body()).isEqualTo(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO);
    }

    @Test
    void skipsABrokenJsonLdBlockAndReadsTheNextOne() {
        String html = "<head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<script type='application/ld+json'>[{\"@type\": [\"ReportageNewsArticle\"], "
                + "\"headline\": \"Bridge joints to be replaced\", \"author\": \"Lena Voss\", "
                + "\"datePublished\": \"2024-06-03T05:00:00Z\"}]</script></head>"
                + "<body><article><h1>Other headline</h1><p>" + PARAGRAPH_ONE + "</p></article></body>";

        ExtractedArticle article = extractor.extract(html, null);

        assertThat(article.headline()).isEqualTo("Bridge joints to be replaced");
        assertThat(article.byline()).isEqualTo("Lena Voss");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-06-03T05:00:00Z"));
    }

    @Test
    void leavesAuthorProfileAddressesOutOfTheByline() {
        String html = "<head><meta property='article:author' content='https://www.example.org/people/lena'>"
                + "<meta name='author' content='Lena Voss'></head><body><p>" + PARAGRAPH_ONE + "</p></body>";

        assertThat(extractor.extract(html, null).byline()).isEqualTo("Lena Voss");
    }

    @Test
    void makesARelativeCanonicalLinkAbsoluteAgainstThePageAddress() {
        String html = "<head><link rel='canonical' href='/transport/bridge-joints'></head><body><p>"
                + PARAGRAPH_ONE + "</p></body>";

        assertThat(extractor.extract(html, java.net.URI.create("https://city.example.org/t/123?ref=rss"))
                .canonicalUrl()).isEqualTo("https://city.example.org/transport/bridge-joints");
    }

    @Test
    void findsNoBodyOnAPageWithoutArticleText() {
        String html = "<body><nav><a href='/'>Home</a></nav><form><input><button>Sign in</button></form></body>";

        assertThat(extractor.extract(html, null).hasBody()).isFalse();
    }
}
