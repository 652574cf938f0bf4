package io.newsflow.common.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlToTextTest {

    @Test
    void dropsScriptStyleAndNoscriptWithEverythingInside() {
        String html = """
                <style>.lead { font-weight: bold }</style>
                <p class="lead">Floods closed the river road.</p>
                <script>document.write('Subscribe now!'); var x = "<p>not text</p>";</script>
                <noscript><img src="pixel.gif">Enable JavaScript</noscript>
                <p>It reopens on Monday.</p>
                """;

        assertThat(HtmlToText.toText(html)).isEqualTo("Floods closed the river road.\n\nIt reopens on Monday.");
    }

    @Test
    void separatesBlocksByABlankLineAndKeepsLineBreaks() {
        String html = "<h2>Results</h2><ul><li>North: 12</li><li>South: 9</li></ul>"
                + "<div>Counted by<br>the returning officer</div>";

        assertThat(HtmlToText.toText(html))
                .isEqualTo("Results\n\nNorth: 12\n\nSouth: 9\n\nCounted by\nthe returning officer");
    }

    @Test
    void decodesNamedAndNumericEntities() {
        assertThat(HtmlToText.toText("<p>Fish &amp; chips &ndash; &#8364;7 &eacute;t&eacute; &#x2019;s &nbsp;end</p>"))
                .isEqualTo("Fish & chips \u2013 \u20ac7 \u00e9t\u00e9 \u2019s end");
    }

    @Test
    void collapsesTheWhitespaceOfTheSourceButKeepsPreformattedText() {
        String html = "<p>A   line\n   wrapped\tin the source</p><pre>col1  col2\nval1  val2</pre>";

        assertThat(HtmlToText.toText(html)).isEqualTo("A line wrapped in the source\n\ncol1 col2\nval1 val2");
    }

    @Test
    void readsPlainTextWithoutMarkupUnchanged() {
        assertThat(HtmlToText.toText("Prices rose 3% & wages < inflation")).isEqualTo("Prices rose 3% & wages < inflation");
    }

    @Test
    void putsAHeadlineOnOneLine() {
        assertThat(HtmlToText.toLine("<p>Storm warning</p><p>for the coast</p>")).isEqualTo("Storm warning for the coast");
    }

    @Test
    void givesEmptyTextForNothing() {
        assertThat(HtmlToText.toText(null)).isEmpty();
        assertThat(HtmlToText.toText("<script>only()</script>")).isEmpty();
    }

    @Test
    void marksFigureCaptionBlocksAndKeepsLineBreaksInsideABlock() {
        String html = "<p>The council met.<br>It voted.</p><figure><img src=\"a.jpg\"><figcaption>The mayor \uE000at "
                + "the vote.</figcaption></figure><p>Opponents will appeal.</p>";

        assertThat(HtmlToText.blocks(html)).containsExactly(
                new HtmlToText.Block("The council met.\nIt voted.", false),
                new HtmlToText.Block("The mayor at the vote.", true),
                new HtmlToText.Block("Opponents will appeal.", false));
    }

    @Test
    void givesTheSameParagraphsAsToText() {
        String html = "<div><p>Fish &amp; chips &hearts;</p><table><tr><td>a</td><td>b</td></tr></table>"
                + "<iframe src=\"x\">fallback</iframe><p>End</p></div>";

        assertThat(String.join("\n\n", HtmlToText.blocks(html).stream().map(HtmlToText.Block::text).toList()))
                .isEqualTo(HtmlToText.toText(html));
    }
}
