package io.newsflow.enrich.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The look-up key of a place name: accents and punctuation dropped, lower case ("São Paulo" → "sao paulo"). */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {
    }

    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        // "U.S." and "US" must meet: dots inside an abbreviation vanish rather than split it.
        plain = plain.replace(".", "");
        return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
