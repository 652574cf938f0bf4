package io.newsflow.trends.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place that decides which entities of different articles are "the same" for counting. An entity that
 * carries a cross-article {@code key} (entity linking fills it) is counted under that key; until then the key is
 * {@code TYPE:name} with the canonical name folded (case, accents, punctuation, spacing), so that
 * "Nicolás Maduro" and "Nicolas  Maduro" count together but a person and a place of one name do not.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    public static String keyOf(String linkedKey, String type, String canonicalName) {
        if (linkedKey != null && !linkedKey.isBlank()) {
            return linkedKey.strip();
        }
        String typePart = type == null || type.isBlank() ? "MISC" : type.strip().toUpperCase(Locale.ROOT);
        return typePart + ":" + foldName(canonicalName == null ? "" : canonicalName);
    }

    /** Lower case, accents and punctuation removed, spaces collapsed: how names are compared and searched. */
    public static String foldName(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
