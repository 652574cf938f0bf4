package io.newsflow.ingest.auth;

import io.newsflow.common.article.Sha256;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as the service keeps it: its id and the SHA-256 of the key. The key itself is never stored,
 * so configuration, a Secret or a heap dump that leaks gives nobody a key that works.
 *
 * <p>SHA-256 rather than a slow password hash (bcrypt, Argon2) on purpose: slow hashes exist to make guessing
 * low-entropy passwords expensive, but API keys are random tokens of at least 128 bits, whose hash no amount
 * of guessing reverses. A slow hash would only cost tens of milliseconds of CPU on every request, which
 * turns each request with a made-up key into an easy denial of service.
 */
final class HashedApiKey {
    /**
     * Lower-case letters, digits and hyphens: valid as a Kubernetes Secret entry (a file name) and as a map key
     * in Spring configuration ({@code rate-limit.per-key.<id>}) without brackets, and a plain metric tag value.
     */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** {@code sha256sum} prints the hash followed by the input's name, {@code -} for standard input. */
    private static final Pattern SHA256_LINE = Pattern.compile("\\s*([0-9A-Fa-f]{64})(?:\\s+\\*?-)?\\s*");

    private final String id;
    private final byte[] sha256;

    private HashedApiKey(String id, byte[] sha256) {
        this.id = id;
        this.sha256 = sha256;
    }

    /**
     * @param id     the key's id
     * @param sha256 hex SHA-256 of the key, optionally followed by {@code sha256sum}'s {@code " -"}
     * @param origin where the values come from, for the message when they are wrong
     * @throws IllegalArgumentException naming the origin but never repeating the value, which might be a key
     */
    static HashedApiKey parse(String id, String sha256, String origin) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException((id == null ? "The API key of " + origin + " has no id" :
                    "The API key id '" + id + "' of " + origin + " is not valid") + "; an id must match "
                    + ID.pattern() + " and names the key in logs and metrics");
        }
        Matcher line = sha256 == null ? null : SHA256_LINE.matcher(sha256);
        if (line == null || !line.matches()) {
            throw new IllegalArgumentException("The API key '" + id + "' of " + origin + " is not a hex SHA-256 (64 "
                    + "hex digits); store the hash of the key, printf %s \"$KEY\" | sha256sum, never the key itself");
        }
        return new HashedApiKey(id, HexFormat.of().parseHex(line.group(1)));
    }

    /** The SHA-256 of a key as a client presents it. */
    static byte[] sha256Of(String presentedKey) {
        return Sha256.digest(presentedKey);
    }

    String id() {
        return id;
    }

    /** Compares in time independent of where the hashes differ, so timing tells a caller nothing. */
    boolean matches(byte[] presentedSha256) {
        return MessageDigest.isEqual(sha256, presentedSha256);
    }

    boolean sameHashAs(HashedApiKey other) {
        return MessageDigest.isEqual(sha256, other.sha256);
    }
}
