package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.NameForm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The form in which two spellings of a name compare equal: lower case, accents dropped, curly apostrophes
 * straightened, spaces collapsed. News copy writes "Nicolás" and "Nicolas", "MADURO" and "Maduro" for the same
 * person; the cleaned text keeps the spelling, only comparisons use this. The rules are {@link NameForm}'s, which
 * the link index is keyed by.
 */
final class NameKey {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    static String of(String name) {
        return NameForm.of(name);
    }

    static List<String> words(String name) {
        String key = of(name);
        return key.isEmpty() ? List.of() : List.of(SPACES.split(key));
    }
}
