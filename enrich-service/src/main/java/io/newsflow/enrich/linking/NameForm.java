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
        if (isAscii(name)) {
            return ofAscii(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented.replace('’', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The same form for a name of ASCII characters only, most names in English copy, without the regular
     * expressions: such a name has no accents to decompose or drop and no curly apostrophe, so only the case
     * and the runs of {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return) change.
     */
    private static String ofAscii(String name) {
        StringBuilder form = new StringBuilder(name.length());
        boolean inSpaces = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isRegexSpace(c)) {
                inSpaces = true;
                continue;
            }
            if (inSpaces) {
                form.append(' ');
                inSpaces = false;
            }
            form.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        if (inSpaces) {
            form.append(' ');
        }
        // strip() also drops the ASCII separators U+001C..U+001F at either end, as the general path does
        return form.toString().strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
