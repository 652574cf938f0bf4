package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds whose bytes, declarations and headers disagree still come out as the text their authors wrote. */
class FeedEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADLINE = "Caf\u00e9 owner\u2019s \u201csmart\u201d idea \u2013 na\u00efve?";

    private final RssParser parser = new RssParser();

    @Test
    void readsUtf8WithAByteOrderMark() {
        byte[] feed = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                rss("UTF-8", HEADLINE).getBytes(StandardCharsets.UTF_8));

        assertThat(headline(feed, "text/xml; charset=ISO-8859-1")).isEqualTo(HEADLINE);
    }

    @Test
    void readsUtf16LittleAndBigEndianWithAByteOrderMark() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, rss("UTF-16", HEADLINE).getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, rss("UTF-16", HEADLINE).getBytes(StandardCharsets.UTF_16BE));

        assertThat(headline(little, "application/rss+xml; charset=utf-8")).isEqualTo(HEADLINE);
        assertThat(headline(big, null)).isEqualTo(HEADLINE);
    }

    @Test
    void readsUtf16WithoutAByteOrderMark() {
        byte[] feed = rss("UTF-16", HEADLINE).getBytes(StandardCharsets.UTF_16BE);

        assertThat(headline(feed, null)).isEqualTo(HEADLINE);
    }

    @Test
    void readsWindows1252BytesInAFeedDeclaredUtf8() {
        byte[] feed = rss("UTF-8", HEADLINE).getBytes(WINDOWS_1252);

        assertThat(headline(feed, "application/rss+xml; charset=UTF-8")).isEqualTo(HEADLINE);
    }

    @Test
    void keepsTheUtf8PartsOfAFeedIntoWhichWindows1252TextWasPasted() {
        String template = rss("UTF-8", "@");
        int at = template.indexOf('@');
        byte[] feed = concat(template.substring(0, at).getBytes(StandardCharsets.UTF_8),
                "Z\u00fcrich caf\u00e9 ".getBytes(StandardCharsets.UTF_8),
                "\u201cquoted\u201d".getBytes(WINDOWS_1252),
                template.substring(at + 1).getBytes(StandardCharsets.UTF_8));

        assertThat(headline(feed, null)).isEqualTo("Z\u00fcrich caf\u00e9 \u201cquoted\u201d");
    }

    @Test
    void prefersTheXmlDeclarationToAContradictingContentTypeHeader() {
        byte[] feed = rss("windows-1252", HEADLINE).getBytes(WINDOWS_1252);

        assertThat(headline(feed, "text/xml; charset=UTF-16")).isEqualTo(HEADLINE);
        assertThat(headline(feed, "text/xml; charset=Shift_JIS")).isEqualTo(HEADLINE);
    }

    @Test
    void readsAFeedWithBlankLinesBeforeItsXmlDeclaration() {
        byte[] feed = ("\n\n  " + rss("windows-1252", HEADLINE)).getBytes(WINDOWS_1252);

        assertThat(headline(feed, "text/xml; charset=windows-1251")).isEqualTo(HEADLINE);
    }

    @Test
    void readsUtf8BytesInAFeedThatDeclaresIso88591() {
        byte[] feed = rss("ISO-8859-1", HEADLINE).getBytes(StandardCharsets.UTF_8);

        assertThat(headline(feed, null)).isEqualTo(HEADLINE);
    }

    @Test
    void readsCurlyQuotesInAFeedThatDeclaresIso88591AsBrowsersDo() {
        byte[] feed = rss("ISO-8859-1", HEADLINE).getBytes(WINDOWS_1252);

        assertThat(headline(feed, null)).isEqualTo(HEADLINE);
    }

    @Test
    void usesTheContentTypeCharsetWhenTheFeedDeclaresNone() {
        String cyrillic = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0433\u043e\u0440\u043e\u0434\u0430";
        byte[] feed = rss(null, cyrillic).getBytes(Charset.forName("windows-1251"));

        assertThat(headline(feed, "application/rss+xml; charset=windows-1251")).isEqualTo(cyrillic);
    }

    @Test
    void skipsACharsetNameJavaDoesNotKnow() {
        byte[] feed = rss("x-made-up-charset", HEADLINE).getBytes(StandardCharsets.UTF_8);

        assertThat(headline(feed, "text/xml; charset=\"also-unknown\"")).isEqualTo(HEADLINE);
    }

    private String headline(byte[] feed, String contentType) {
        return parser.parse(feed, contentType).entries().get(0).headline();
    }

    private static String rss(String declaredEncoding, String title) {
        String declaration = declaredEncoding == null ? "<?xml version=\"1.0\"?>"
                : "<?xml version=\"1.0\" encoding=\"" + declaredEncoding + "\"?>";
        return declaration + "\n<rss version=\"2.0\"><channel><title>Encodings</title>"
                + "<item><title>" + title + "</title><description>Text.</description></item></channel></rss>";
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
