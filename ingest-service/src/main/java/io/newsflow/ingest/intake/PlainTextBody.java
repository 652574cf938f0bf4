package io.newsflow.ingest.intake;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.TextRules;
import org.springframework.http.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The body of a {@code text/plain} push as text, in the charset its Content-Type names (UTF-8 when none). */
final class PlainTextBody {
    private PlainTextBody() {
    }

    /**
     * Strict, so that text in the wrong charset is refused rather than published full of U+FFFD. A failure
     * names {@code headline} or {@code body} by where the bytes fall, with a byte offset into the body.
     *
     * @throws ArticleValidationException when the bytes are not text in the charset
     */
    static String decode(byte[] text, MediaType contentType) {
        return TextRules.decodePlainText(text, charset(contentType));
    }

    /** Spring refuses a Content-Type naming an unknown charset before a controller runs (ApiExceptionHandler). */
    private static Charset charset(MediaType contentType) {
        return contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
    }
}
