package io.newsflow.enrich.pipeline;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two spellings of a name compare equal: lower case, accents dropped, curly apostrophes
 * straightened, spaces collapsed. News copy writes "Nicolás" and "Nicolas", "MADURO" and "Maduro" for the same
 * person; the cleaned text keeps the spelling, only comparisons use this.
 */
final class NameKey {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented.replace('’', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static List<String> words(String name) {
        String key = of(name);
        return key.isEmpty() ? List.of() : List.of(SPACES.split(key));
    }
}
