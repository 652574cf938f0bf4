package io.newsflow.enrich.sentiment;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTableTest {
    private final FingerprintTable table = new FingerprintTable(Map.of(
            "s:budget", new float[] {0.1f, 0.2f, 0.3f},
            "sb:tax_cut", new float[] {-1f, 0f, 1f},
            "awful", new float[] {-2f, 0f, 0.5f}), 3);

    @Test
    void findsAFeatureByKindAndWordAndABigramByItsTwoWords() {
        int budget = table.find("s", "budget");
        int bigram = table.find("sb", "tax", "cut");

        assertThat(table.values()[budget * 3 + 2]).isEqualTo(0.3f);
        assertThat(table.values()[bigram * 3]).isEqualTo(-1f);
        assertThat(table.find("sb", "tax_cut")).isEqualTo(bigram);
        assertThat(table.values()[table.find("awful") * 3]).isEqualTo(-2f);
    }

    @Test
    void saysAbsentForNamesItDoesNotHold() {
        assertThat(table.find("s", "budgets")).isEqualTo(FingerprintTable.ABSENT);
        assertThat(table.find("sb", "budget")).isEqualTo(FingerprintTable.ABSENT);
        assertThat(table.find("sb", "tax", "cuts")).isEqualTo(FingerprintTable.ABSENT);
        assertThat(table.find("budget")).isEqualTo(FingerprintTable.ABSENT);
    }
}
