package io.newsflow.common.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest newsflow uses: for content hashes, event ids, feed body fingerprints and API key
 * hashes. Every Java SE platform must provide it, so its absence is a broken JVM, not an input error.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of {@code bytes}. */
    public static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The digest of {@code text}'s UTF-8 bytes. */
    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of {@code bytes} as lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The digest of {@code text}'s UTF-8 bytes as lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256; every Java SE platform must provide it", e);
        }
    }
}
