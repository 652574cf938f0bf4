package io.newsflow.ingest.web.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "caf\u00e9 \u201csmart quotes\u201d \u2013 \u20ac5";

    @Test
    void readsTheCharsetOfAContentTypeHeader() {
        assertThat(TextDecoder.contentTypeCharset("text/html; charset=\"ISO-8859-15\"")).contains("ISO-8859-15");
        assertThat(TextDecoder.contentTypeCharset("application/xml;CHARSET=utf-8;q=1")).contains("utf-8");
        assertThat(TextDecoder.contentTypeCharset("application/json")).isEmpty();
        assertThat(TextDecoder.contentTypeCharset(null)).isEmpty();
    }

    @Test
    void readsTheEncodingOfAnXmlDeclaration() {
        assertThat(TextDecoder.xmlDeclaredEncoding("<?xml version='1.0' encoding='windows-1252'?><a/>"
                .getBytes(StandardCharsets.US_ASCII))).contains("windows-1252");
        assertThat(TextDecoder.xmlDeclaredEncoding("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void findsTheMetaCharsetOfAnHtmlPageInBothForms() {
        assertThat(TextDecoder.htmlMetaCharset("<html><head><meta charset=\"windows-1251\">".getBytes(StandardCharsets.US_ASCII)))
                .contains("windows-1251");
        assertThat(TextDecoder.htmlMetaCharset(("<head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=ISO-8859-2\"></head>").getBytes(StandardCharsets.US_ASCII)))
                .contains("ISO-8859-2");
    }

    @Test
    void ignoresAMetaCharsetBeyondTheFirstKilobyteAsBrowsersDo() {
        String late = "<html><head>" + "<!-- padding -->".repeat(100) + "<meta charset=\"windows-1251\">";

        assertThat(TextDecoder.htmlMetaCharset(late.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void decodesAnHtmlPageByItsMetaCharsetBeforeTheHeader() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body></html>";

        assertThat(TextDecoder.decodeHtml(page.getBytes(WINDOWS_1252), "text/html; charset=utf-8")).contains(TEXT);
    }

    @Test
    void letsAByteOrderMarkOverrideEveryLabel() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("<html><head><meta charset=\"windows-1252\"></head>" + TEXT).getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextDecoder.decodeHtml(bytes, "text/html; charset=ISO-8859-1")).endsWith(TEXT).doesNotStartWith("\uFEFF");
    }

    @Test
    void decodesWindows1252BytesInUtf8AsWindows1252() {
        assertThat(TextDecoder.decode(TEXT.getBytes(WINDOWS_1252), "application/json; charset=utf-8")).isEqualTo(TEXT);
    }

    @Test
    void decodesJsonInUtf16WithoutAByteOrderMark() {
        String json = "{\"headline\":\"" + TEXT + "\"}";

        assertThat(TextDecoder.decode(json.getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo(json);
    }

    @Test
    void skipsAUtf16LabelOnBytesThatAreNotUtf16() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>" + TEXT + "</a>").getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decodeXml(bytes, null)).endsWith("<a>" + TEXT + "</a>");
    }

    @Test
    void keepsUndefinedWindows1252BytesVisibleAsReplacementCharacters() {
        byte[] bytes = {'a', (byte) 0x81, 'b'};

        assertThat(TextDecoder.decode(bytes, null)).isEqualTo("a\uFFFDb");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
