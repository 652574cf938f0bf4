package io.newsflow.enrich.linking;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class NameFormTest {
    /** The rules as first written, with regular expressions for every name: the ASCII shortcut must agree. */
    private static String byTheRegexRules(String name) {
        String unaccented = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("");
        return unaccented.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void foldsCaseAccentsApostrophesAndSpaces() {
        assertThat(NameForm.of("Nicolás  MADURO")).isEqualTo("nicolas maduro");
        assertThat(NameForm.of(" O’Brien\t")).isEqualTo("o'brien");
        assertThat(NameForm.of("Bank of\nENGLAND ")).isEqualTo("bank of england");
        assertThat(NameForm.of("")).isEmpty();
    }

    @Test
    void asciiNamesGetTheFormTheRegexRulesGive() {
        String alphabet = "aZ .'-\t\n\u000b\f\r\u001c\u001f0@";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(0x80));
            }
            assertThat(NameForm.of(name.toString())).as("name %s", name).isEqualTo(byTheRegexRules(name.toString()));
        }
    }

    @Test
    void namesBeyondAsciiStillGetTheRegexRules() {
        for (String name : new String[]{"Zürich", "São  Paulo", "İstanbul", "Ærø\u2003Island", "Nicolás\u00a0Maduro"}) {
            assertThat(NameForm.of(name)).isEqualTo(byTheRegexRules(name));
        }
    }
}
