package io.newsflow.common.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language tags newsflow accepts: the BCP 47 shape a primary language subtag of two or three letters,
 * then subtags of up to eight letters or digits ({@code en}, {@code pt-BR}, {@code zh-Hant-TW}). Checked
 * by shape only: a well-formed tag for a language nobody speaks is the provider's business.
 */
public final class LanguageTags {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    private LanguageTags() {
    }

    /** @return whether {@code tag} has the shape of a language tag; false for null */
    public static boolean isWellFormed(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    /**
     * The tag in its usual case ({@code en_gb}, {@code EN-gb} → {@code en-GB}), with {@code _} read as
     * {@code -}; null when it is not a language tag.
     */
    public static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String dashed = tag.strip().replace('_', '-');
        if (!isWellFormed(dashed)) {
            return null;
        }
        String[] parts = dashed.split("-");
        StringBuilder normalized = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            normalized.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return normalized.toString();
    }
}
