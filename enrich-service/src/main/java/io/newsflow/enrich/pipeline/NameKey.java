package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.NameForm;

import java.util.List;

/**
 * The form in which two spellings of a name compare equal: lower case, accents dropped, curly apostrophes
 * straightened, spaces collapsed. News copy writes "Nicolás" and "Nicolas", "MADURO" and "Maduro" for the same
 * person; the cleaned text keeps the spelling, only comparisons use this. The rules are {@link NameForm}'s, which
 * the link index is keyed by.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        return NameForm.of(name);
    }

    static List<String> words(String name) {
        String key = of(name);
        // a key's only white space of the \s kind is a single space between words (NameForm collapses runs and
        // strips the ends), so splitting at each space gives the words \s+ gives, without a regular expression
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }
}
