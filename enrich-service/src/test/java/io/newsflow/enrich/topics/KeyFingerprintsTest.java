package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFingerprintsTest {
    private final KeyFingerprints rows = new KeyFingerprints(Map.of("striker", 0, "00-yard", 1, "über", 2));

    @Test
    void findsAWordAsWrittenByItsKeyLowerCaseWithDigitsAsZero() {
        assertThat(rows.rowOfWord("Striker")).isEqualTo(0);
        assertThat(rows.rowOfWord("STRIKER")).isEqualTo(0);
        assertThat(rows.rowOfWord("40-yard")).isEqualTo(1);
        assertThat(rows.rowOfWord("Über")).isEqualTo(2);
    }

    @Test
    void findsAKeyOnlyAsItIs() {
        assertThat(rows.rowOfKey("00-yard")).isEqualTo(1);
        assertThat(rows.rowOfKey("40-yard")).isEqualTo(-1);
        assertThat(rows.rowOfKey("Striker")).isEqualTo(-1);
    }

    @Test
    void findsABigramFromItsTwoWords() {
        KeyFingerprints terms = new KeyFingerprints(Map.of("ferry", 0, "ferry_terminal", 1, "terminal", 2));

        assertThat(terms.rowOfPair("ferry", '_', "terminal")).isEqualTo(1);
        assertThat(terms.rowOfPair("terminal", '_', "ferry")).isEqualTo(-1);
        assertThat(terms.rowOfPair("ferry_", '_', "terminal")).isEqualTo(-1);
        assertThat(terms.rowOfPair("fer", '_', "ry")).isEqualTo(-1);
    }

    @Test
    void hasNoRowForAnUnknownWordOrTheEmptyWord() {
        assertThat(rows.rowOfWord("goalkeeper")).isEqualTo(-1);
        assertThat(rows.rowOfWord("strike")).isEqualTo(-1);
        assertThat(rows.rowOfWord("")).isEqualTo(-1);
    }

    @Test
    void agreesWithTheKeyedMapOnShippedWords() {
        WordVectors shipped = WordVectors.loadDefault();
        for (String word : new String[] {"The", "Venezuela", "1999", "Maduro's", "coup", "U.S.", "x-ray", "qzxv"}) {
            String key = WordVectors.key(word);
            assertThat(shipped.row(word) >= 0).as(word).isEqualTo(shipped.contains(key));
            assertThat(shipped.row(word)).as(word).isEqualTo(shipped.row(key));
        }
        assertThat(shipped.row("Venezuela")).isNotNegative();
        assertThat(shipped.row("qzxv")).isEqualTo(-1);
    }
}
