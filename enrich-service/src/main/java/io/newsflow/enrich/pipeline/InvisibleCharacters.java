package io.newsflow.enrich.pipeline;

/**
 * The characters the cleaned text leaves out because they carry no text, in the headline and the body alike:
 * ZWSP U+200B, word joiner U+2060, BOM/ZWNBSP U+FEFF, soft hyphen U+00AD, and the bidirectional controls (LRM
 * U+200E, RLM U+200F, ALM U+061C, the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069).
 * They would split words for the tokenizer and the name lists ("Rotter", ZWSP, "dam") and shift nothing a
 * reader sees. ZWNJ U+200C and ZWJ U+200D are kept: they are part of the spelling in Persian
 * ({@code می‌خواهم}) and Indic scripts and of emoji sequences. Only between two Latin letters are they left
 * out too: there they spell nothing (at most they break a ligature), and kept inside an English name they
 * make it a name no gazetteer or link table knows ("Rotter", ZWNJ, "dam" is recognised as a place but not
 * linked to Rotterdam). ZWSP is the other way round: left out, except between two characters of Thai, Lao, Khmer
 * or Myanmar, scripts written without spaces where ZWSP is the word break (left out, "ภาษา", ZWSP, "ไทย"
 * would read as one word). The raw event keeps everything as sent; this runs in the clean stage, before any
 * stage measures an offset into the cleaned text.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The text without the characters that carry no text; the same instance when it has none (the usual case). */
    static String strip(String text) {
        int first = firstDropped(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            if (!isDroppedAt(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    /**
     * Whether the character at {@code i} is left out; ZWNJ and ZWJ by their neighbours, looking past the characters
     * that are left out anyway ({@code a}, ZWSP, ZWNJ, {@code b} loses both).
     */
    private static boolean isDroppedAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u200C' || c == '\u200D') {
            return between(text, i, InvisibleCharacters::isLatinLetter);
        }
        if (c == '\u200B') {
            return !between(text, i, InvisibleCharacters::isWrittenWithoutSpaces);
        }
        return carriesNoText(c);
    }

    /** Whether the nearest characters on both sides that carry text (past those left out anyway) are such. */
    private static boolean between(String text, int i, java.util.function.IntPredicate such) {
        int before = i - 1;
        while (before >= 0 && carriesNoText(text.charAt(before))) {
            before--;
        }
        int after = i + 1;
        while (after < text.length() && carriesNoText(text.charAt(after))) {
            after++;
        }
        return before >= 0 && after < text.length() && such.test(text.charAt(before))
                && such.test(text.charAt(after));
    }

    /** Scripts whose words are not separated by spaces, where ZWSP marks the word break. */
    private static boolean isWrittenWithoutSpaces(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }

    private static boolean carriesNoText(char c) {
        return switch (c) {
            case '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u061C',
                 '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                 '\u2066', '\u2067', '\u2068', '\u2069' -> true;
            default -> false;
        };
    }

    private static boolean isLatinLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static int firstDropped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDroppedAt(text, i)) {
                return i;
            }
        }
        return -1;
    }
}
