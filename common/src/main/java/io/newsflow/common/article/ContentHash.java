package io.newsflow.common.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The fingerprint of what an article says: SHA-256 (hex) of its headline and body after Unicode NFC
 * normalisation and whitespace folding. A resend whose text differs only in line breaks, indentation or
 * non-breaking spaces hashes equal, so downstream can tell a real update from a repeat.
 */
public final class ContentHash {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ContentHash() {
    }

    /** @param headline the headline, or null; @param body the body, or null */
    public static String of(String headline, String body) {
        return Sha256.hex(fold(headline) + "\n" + fold(body));
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }
}
