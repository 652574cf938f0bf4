package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedFormatDetectorTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "rss-mixed.xml, RSS",
            "atom-content-types.xml, ATOM",
            "atom-entry.xml, ATOM",
            "ninjs-single-3.json, NINJS",
            "ninjs-list-3.json, NINJS",
            "ninjs-2.json, NINJS",
            "newsml-item.xml, NEWSML_G2",
            "newsml-message.xml, NEWSML_G2"})
    void detectsTheFormatFromTheDocument(String fixture, FeedFormat expected) {
        assertThat(FeedFormatDetector.detect(FeedFixtures.bytes(fixture), null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rss-mixed.xml, 4", "atom-content-types.xml, 3", "ninjs-list-3.json, 2", "newsml-message.xml, 3"})
    void autoParsesEachFormatLikeItsOwnParser(String fixture, int entries) {
        FeedParseResult result = FeedParsers.forFormat(FeedFormat.AUTO).parse(FeedFixtures.bytes(fixture), null);

        assertThat(result.entries()).hasSize(entries);
    }

    @Test
    void detectsRss1RdfAndReadsItsItems() {
        byte[] rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example.org/"><title>Old style</title></channel>
                  <item rdf:about="https://old.example.org/1">
                    <title>Parish council meets</title>
                    <link>https://old.example.org/1</link>
                    <description>The parish council meets on Tuesday.</description>
                    <dc:date>2026-11-26T18:00:00Z</dc:date>
                  </item>
                </rdf:RDF>
                """.strip().getBytes(StandardCharsets.UTF_8);

        assertThat(FeedFormatDetector.detect(rdf, null)).isEqualTo(FeedFormat.RSS);
        assertThat(FeedParsers.forFormat(FeedFormat.AUTO).parse(rdf, null).entries()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.guid()).isEqualTo("https://old.example.org/1");
                    assertThat(entry.headline()).isEqualTo("Parish council meets");
                });
    }

    @Test
    void recognisesAnHtmlPageAndAutoRefusesToReadItAsAFeed() {
        byte[] page = "<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(FeedFormatDetector.detect(page, "text/html")).isEqualTo(FeedFormat.HTML);
        assertThatThrownBy(() -> FeedParsers.forFormat(FeedFormat.AUTO).parse(page, "text/html"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.reason()).isEqualTo("html-page"));
    }

    @Test
    void refusesXmlOfAnotherKind() {
        byte[] sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedFormatDetector.detect(sitemap, null))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown-format"));
    }

    @Test
    void refusesAFeedElementOutsideTheAtomNamespace() {
        byte[] notAtom = "<feed><entry/></feed>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedFormatDetector.detect(notAtom, null))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown-format"));
    }

    @Test
    void refusesTextThatIsNeitherXmlNorJson() {
        assertThatThrownBy(() -> FeedFormatDetector.detect("Service unavailable".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown-format"));
    }

    @Test
    void readsAnArticlePageConfiguredAsHtmlAsOneItemAtItsAddress() {
        byte[] page = ("<html><head><title>Harbour ferry returns</title></head><body><article><h1>Harbour ferry "
                + "returns</h1><p>The harbour ferry returned to service on Monday after a month of repairs to its "
                + "engines, the operator said, and timetables are back to normal.</p><p>Passengers had used buses "
                + "along the coast road while the ferry was away.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        FeedParseResult result = FeedParsers.forFormat(FeedFormat.HTML)
                .parse(page, "text/html; charset=utf-8", java.net.URI.create("https://news.example.com/ferry"));

        assertThat(result.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.link()).isEqualTo("https://news.example.com/ferry");
            assertThat(entry.body()).contains("harbour ferry returned to service");
        });
    }
}
