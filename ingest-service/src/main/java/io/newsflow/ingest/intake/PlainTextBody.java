package io.newsflow.ingest.intake;

import io.newsflow.common.article.ArticleValidationException;
import org.springframework.http.MediaType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The body of a {@code text/plain} push as text, in the charset its Content-Type names (UTF-8 when none). */
final class PlainTextBody {
    private PlainTextBody() {
    }

    /**
     * Strict, so that text in the wrong charset is refused rather than published full of U+FFFD.
     *
     * @throws ArticleValidationException when the charset is unknown or the bytes are not text in it
     */
    static String decode(byte[] text, MediaType contentType) {
        Charset charset = charset(contentType);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            throw ArticleValidationException.of("", "charset", "The text is not valid " + charset.name()
                    + "; send UTF-8 or name the real charset in the Content-Type (text/plain; charset=...)");
        }
    }

    private static Charset charset(MediaType contentType) {
        try {
            return contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        } catch (IllegalArgumentException e) {
            throw ArticleValidationException.of("", "charset", "Charset '" + contentType.getParameter("charset")
                    + "' is unknown; send UTF-8 (text/plain; charset=utf-8)");
        }
    }
}
