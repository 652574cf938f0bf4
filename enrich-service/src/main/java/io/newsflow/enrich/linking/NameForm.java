package io.newsflow.enrich.linking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two spellings of a name compare equal: lower case, accents dropped, curly apostrophes
 * straightened, spaces collapsed. News copy writes "Nicolás" and "Nicolas", "MADURO" and "Maduro" for the same
 * person. The link index is keyed by this form, so the index builder and the pipeline must use this one method.
 */
public final class NameForm {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameForm() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented.replace('’', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
