package io.newsflow.common.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What newsflow accepts as text, in every field of every input form. Refused, each naming the field, the
 * rule and the offset:
 * <ul>
 *     <li>{@code unpaired-surrogate}: half of a UTF-16 surrogate pair ({@code "\ud800"} in JSON). It is no
 *     character; UTF-8 cannot carry it, so it would be hashed and published as garbage.</li>
 *     <li>{@code control-character}: C0 controls other than tab, line feed and carriage return, and DEL
 *     ({@code U+0000}–{@code U+001F}, {@code U+007F}), raw or escaped. No news text holds them; they break
 *     terminals, logs and downstream parsers.</li>
 *     <li>{@code not-text}: a value of at least {@value #MIN_CHARS_FOR_SHARES} non-blank characters in which
 *     more than {@value #MAX_NON_TEXT_PERCENT} % are characters no text holds (controls, private use,
 *     unassigned, U+FFFD), or fewer than {@value #MIN_LETTER_PERCENT} % are letters (with their combining
 *     marks): binary data decoded in a charset that maps every byte, such as ISO-8859-1.</li>
 * </ul>
 * <p>Fields are named as elsewhere: a simple article's property, a JSON pointer into a ninjs item. In a
 * {@code text/plain} push the first line that is not blank is the {@code headline} and everything after it
 * the {@code body}, and a fault is named by where it falls; its offset stays an offset into the whole text
 * as sent (UTF-16 code units; bytes for {@code charset}). A fault in the bytes of a JSON document before any
 * field exists ({@code utf-8}) names {@value #REQUEST_BODY}, with a byte offset into the document.
 * <p>Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner) and bidirectional controls (LRM, RLM, ALM,
 * embeddings, overrides, isolates) are kept as sent: Persian and Indic spelling needs ZWNJ/ZWJ, emoji
 * sequences need ZWJ, and mixed right-to-left and left-to-right text needs the bidi controls; they are the
 * publisher's text, and removing them would change it.
 */
public final class TextRules {
    /** The field a violation names when the fault is in a JSON document's bytes rather than in a field. */
    public static final String REQUEST_BODY = "(request body)";
    static final int MIN_CHARS_FOR_SHARES = 64;
    static final int MAX_NON_TEXT_PERCENT = 2;
    static final int MIN_LETTER_PERCENT = 20;

    private TextRules() {
    }

    /**
     * @param field the field the value came from, as violations name it
     * @return the first rule the value breaks, if any
     */
    public static Optional<ArticleViolation> check(String field, String value) {
        return check(value, new Fields() {
            @Override
            public String at(int offset) {
                return field;
            }

            @Override
            public String whole() {
                return field;
            }

            @Override
            public String where(int offset) {
                return "at offset " + offset;
            }
        });
    }

    /**
     * The text of a {@code text/plain} push, decoded: a fault is named {@code headline} when it falls in the
     * first line that is not blank, {@code body} when it falls after it; a rule about the text as a whole (its
     * share of letters) names {@code body}. Offsets are into the whole text.
     *
     * @return the first rule the text breaks, if any
     */
    public static Optional<ArticleViolation> checkPlainText(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int headlineEnd = headlineLineEnd(text);
        return check(text, new Fields() {
            @Override
            public String at(int offset) {
                return offset < headlineEnd ? "headline" : "body";
            }

            @Override
            public String whole() {
                return "body";
            }

            @Override
            public String where(int offset) {
                return "at offset " + offset + " of the text"
                        + (offset < headlineEnd ? " (its first line is the headline)" : "");
            }
        });
    }

    /**
     * Where the headline line of a plain text ends: the end of its first line that holds more than white
     * space, as {@link io.newsflow.common.plaintext.PlainTextArticleReader} reads lines ({@code \r\n},
     * {@code \r} or {@code \n} end a line); the text's length when no line break follows it.
     */
    static int headlineLineEnd(CharSequence text) {
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (content) {
                    return i;
                }
            } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF') {
                content = true;
            }
        }
        return text.length();
    }

    /** How the violations of one value name its field and say where a fault is. */
    private interface Fields {
        /** The field a fault at {@code offset} is in. */
        String at(int offset);

        /** The field a rule about the value as a whole names. */
        String whole();

        /** "at offset 12", as the message says it. */
        String where(int offset);
    }

    private static Optional<ArticleViolation> check(String value, Fields fields) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Optional<ArticleViolation> notText = shares(value, fields);
        if (notText.isPresent()) {
            return notText;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                String field = fields.at(i);
                return Optional.of(new ArticleViolation(field, "unpaired-surrogate", field + " holds half "
                        + "of a UTF-16 surrogate pair (" + codePoint(c) + ") " + fields.where(i) + "; it is no "
                        + "character. Send the whole pair, or the character itself in UTF-8", i));
            } else if (isForbiddenControl(c)) {
                String field = fields.at(i);
                return Optional.of(new ArticleViolation(field, "control-character", field + " holds the "
                        + "control character " + codePoint(c) + " " + fields.where(i) + "; only tab, line feed and "
                        + "carriage return are accepted in text", i));
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes bytes strictly, refusing malformed or unmappable input with its byte offset.
     *
     * @param field the field violations name ({@value #REQUEST_BODY} for a JSON document)
     * @param rule  the rule a failure breaks ({@code utf-8} for JSON, {@code charset} for declared text)
     * @throws ArticleValidationException when the bytes are not text in that charset
     */
    public static String decodeStrictly(byte[] bytes, Charset charset, String field, String rule) {
        return decodeStrictly(bytes, charset, decoded -> field, rule);
    }

    /**
     * The body of a {@code text/plain} push, decoded strictly: a failure names {@code headline} when the bytes
     * that are not text fall in the first line that is not blank, {@code body} when they fall after it; the
     * offset is in bytes into the body.
     *
     * @throws ArticleValidationException when the bytes are not text in that charset (rule {@code charset})
     */
    public static String decodePlainText(byte[] bytes, Charset charset) {
        return decodeStrictly(bytes, charset,
                decoded -> headlineLineEnd(decoded) < decoded.length() ? "body" : "headline", "charset");
    }

    /** @param fieldOf the field to name, from the text decoded before the failure */
    private static String decodeStrictly(byte[] bytes, Charset charset, Function<CharSequence, String> fieldOf,
                                         String rule) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            StringBuilder sequence = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
                sequence.append(String.format(Locale.ROOT, "%02X ", bytes[i] & 0xFF));
            }
            throw new ArticleValidationException(List.of(new ArticleViolation(fieldOf.apply(out.flip()), rule,
                    "The bytes " + sequence.toString().strip() + " at byte offset " + offset + " are not valid "
                            + charset.name() + (result.isMalformed() ? "" : " text") + "; send UTF-8, or name the "
                            + "real charset in the Content-Type", offset)));
        }
        return out.flip().toString();
    }

    private static Optional<ArticleViolation> shares(String value, Fields fields) {
        int nonBlank = 0;
        int letters = 0;
        int nonText = 0;
        int firstNonText = -1;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                nonBlank++;
                if (isLetter(cp)) {
                    letters++;
                } else if (isNonText(cp)) {
                    nonText++;
                    firstNonText = firstNonText < 0 ? i : firstNonText;
                }
            }
            i += Character.charCount(cp);
        }
        if (nonBlank < MIN_CHARS_FOR_SHARES) {
            return Optional.empty();
        }
        if (nonText * 100L > (long) nonBlank * MAX_NON_TEXT_PERCENT) {
            String field = fields.at(firstNonText);
            return Optional.of(new ArticleViolation(field, "not-text", field + " is not text: "
                    + percent(nonText, nonBlank) + " of its characters are controls or characters no text holds, "
                    + "the first " + fields.where(firstNonText) + ". Binary data, or text sent in another "
                    + "charset than the Content-Type names?", firstNonText));
        }
        if (letters * 100L < (long) nonBlank * MIN_LETTER_PERCENT) {
            String field = fields.whole();
            return Optional.of(new ArticleViolation(field, "not-text", field + " is not text: only "
                    + percent(letters, nonBlank) + " of its characters are letters (at least " + MIN_LETTER_PERCENT
                    + " % are expected). Binary data, or text sent in another charset than the Content-Type "
                    + "names?", 0));
        }
        return Optional.empty();
    }

    private static boolean isLetter(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isNonText(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE || cp == 0xFFFD;
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f %%", part * 100.0 / whole);
    }
}
