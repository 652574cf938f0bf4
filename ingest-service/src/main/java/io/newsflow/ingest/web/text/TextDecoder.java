package io.newsflow.ingest.web.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a fetched feed or page into text, the way real feeds need it.
 * <p>
 * <b>Which charset.</b> The first of these that is present and names a charset Java knows wins; a label
 * with an illegal or unknown name is skipped as if it were absent:
 * <ol>
 * <li>a byte order mark (UTF-8, UTF-16BE, UTF-16LE). It cannot be there by accident, so it overrides every
 *     label. UTF-16 without a mark is recognised from its zero bytes around the first ASCII character;</li>
 * <li>the document's own label: the {@code encoding} of the XML declaration for XML, {@code <meta charset>}
 *     or the {@code http-equiv="Content-Type"} meta within the first {@value #HTML_PRESCAN_BYTES} bytes for
 *     HTML. It was written by the program that wrote the bytes, while the HTTP header is often a server
 *     default that knows nothing about the file (the classic {@code text/xml; charset=ISO-8859-1});</li>
 * <li>the {@code charset} parameter of the Content-Type header;</li>
 * <li>UTF-8, the default of XML and JSON and what nearly every page uses today.</li>
 * </ol>
 * A label of UTF-16 or UTF-32 on bytes whose first character is plain ASCII contradicts itself (the label
 * could only be read because the bytes are not UTF-16) and is skipped.
 * <p>
 * <b>Repairs.</b> Publishing systems paste Windows-1252 text into UTF-8 documents, and label Windows-1252
 * documents as ISO-8859-1. So:
 * <ul>
 * <li>When the charset is UTF-8, every byte sequence that is not valid UTF-8 is read as Windows-1252, byte by
 *     byte, while the valid sequences of the same document stay UTF-8. A feed that is UTF-8 except for one
 *     pasted paragraph keeps both right; a feed that is entirely Windows-1252 comes out as Windows-1252,
 *     since its accented letters and curly quotes are never valid UTF-8.</li>
 * <li>When the charset is ISO-8859-1, US-ASCII or Windows-1252, the bytes are read as Windows-1252 (as
 *     browsers do: it is ISO-8859-1 plus the curly quotes and dashes in 0x80-0x9F), unless they are valid
 *     UTF-8 holding at least one multi-byte sequence: then the label is wrong and UTF-8 is used, because
 *     text in a single-byte charset practically never forms valid UTF-8 sequences.</li>
 * </ul>
 * Other charsets (windows-1251, Shift_JIS, ...) are decoded as labelled; bytes invalid in them become U+FFFD.
 */
public final class TextDecoder {
    static final int HTML_PRESCAN_BYTES = 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> SINGLE_BYTE_LATIN = Set.of("ISO-8859-1", "US-ASCII", "windows-1252");
    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';,\\s]+)");
    private static final Pattern XML_DECLARATION_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']\\s*([^\"'\\s]+)\\s*[\"']");
    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private TextDecoder() {
    }

    /** An XML document (feed): BOM, then the XML declaration, then the Content-Type charset, then UTF-8. */
    public static String decodeXml(byte[] bytes, String contentType) {
        return decode(bytes, xmlDeclaredEncoding(bytes).orElse(null), contentTypeCharset(contentType).orElse(null));
    }

    /** An HTML page or fragment: BOM, then {@code <meta charset>}, then the Content-Type charset, then UTF-8. */
    public static String decodeHtml(byte[] bytes, String contentType) {
        return decode(bytes, htmlMetaCharset(bytes).orElse(null), contentTypeCharset(contentType).orElse(null));
    }

    /** A document without a label of its own, such as JSON: BOM, then the Content-Type charset, then UTF-8. */
    public static String decode(byte[] bytes, String contentType) {
        return decode(bytes, null, contentTypeCharset(contentType).orElse(null));
    }

    /** The {@code encoding} of an XML declaration at the very start of the bytes (after a BOM), as written. */
    public static Optional<String> xmlDeclaredEncoding(byte[] bytes) {
        Matcher matcher = XML_DECLARATION_ENCODING.matcher(asciiPrefix(bytes, 512));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The charset an HTML page names in {@code <meta charset>} or an {@code http-equiv} Content-Type meta,
     * looked for in the first {@value #HTML_PRESCAN_BYTES} bytes as browsers do; as written.
     */
    public static Optional<String> htmlMetaCharset(byte[] bytes) {
        Matcher matcher = META_CHARSET.matcher(asciiPrefix(bytes, HTML_PRESCAN_BYTES));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The {@code charset} parameter of a Content-Type header value, as written; empty for null. */
    public static Optional<String> contentTypeCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = CONTENT_TYPE_CHARSET.matcher(contentType);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String decode(byte[] bytes, String documentLabel, String headerLabel) {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return decodeAs(bom.charset(), bytes, bom.length());
        }
        Charset unmarkedUtf16 = unmarkedUtf16(bytes);
        if (unmarkedUtf16 != null) {
            return new String(bytes, unmarkedUtf16);
        }
        Charset charset = usable(documentLabel)
                .or(() -> usable(headerLabel))
                .orElse(StandardCharsets.UTF_8);
        return decodeAs(charset, bytes, 0);
    }

    private static String decodeAs(Charset charset, byte[] bytes, int offset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return Utf8WithWindows1252Repair.decode(bytes, offset);
        }
        if (SINGLE_BYTE_LATIN.contains(charset.name())) {
            return Utf8WithWindows1252Repair.isUtf8WithNonAscii(bytes, offset)
                    ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8)
                    : new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** The charset a label names, unless Java does not know it or it cannot apply to bytes read as ASCII. */
    private static Optional<Charset> usable(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(label.strip());
            String name = charset.name().toUpperCase(Locale.ROOT);
            if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
                return Optional.empty();
            }
            return Optional.of(charset);
        } catch (IllegalArgumentException unknownOrIllegalName) {
            return Optional.empty();
        }
    }

    /** XML and JSON start with an ASCII character; in UTF-16 without a mark, one of its two bytes is zero. */
    private static Charset unmarkedUtf16(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        if (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String asciiPrefix(byte[] bytes, int maxBytes) {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        int start = bom == ByteOrderMark.UTF_8 ? bom.length() : 0;
        int end = Math.min(bytes.length, start + maxBytes);
        return new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.ISO_8859_1);
    }

    private enum ByteOrderMark {
        UTF_8(StandardCharsets.UTF_8, 3), UTF_16BE(StandardCharsets.UTF_16BE, 2), UTF_16LE(StandardCharsets.UTF_16LE, 2);

        private final Charset charset;
        private final int length;

        ByteOrderMark(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        Charset charset() {
            return charset;
        }

        int length() {
            return length;
        }

        static ByteOrderMark of(byte[] bytes) {
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                return UTF_8;
            }
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                return UTF_16BE;
            }
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                return UTF_16LE;
            }
            return null;
        }
    }
}
