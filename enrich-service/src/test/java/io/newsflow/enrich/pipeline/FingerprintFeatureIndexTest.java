package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintFeatureIndexTest {

    private static Index<String> stock(List<String> names) {
        Index<String> index = new HashIndex<>();
        names.forEach(index::add);
        index.lock();
        return index;
    }

    /** Feature names shaped like the CRF's: a word, a suffix naming the template, a clique mark. */
    private static List<String> featureNames(int count) {
        List<String> names = new ArrayList<>();
        String[] templates = {"-WORD|C", "-PW|C", "-NW|C", "-DISJN|C", "-TYPE|C", "-PSEQ|CpC"};
        for (int i = 0; names.size() < count; i++) {
            names.add("w" + Integer.toString(i, 36) + templates[i % templates.length]);
        }
        return names;
    }

    @Test
    void givesEveryKnownNameTheStockIndex() {
        List<String> names = featureNames(50_000);
        Index<String> stock = stock(names);

        FingerprintFeatureIndex index = new FingerprintFeatureIndex(stock);

        for (String name : names) {
            assertThat(index.indexOf(name)).as(name).isEqualTo(stock.indexOf(name));
        }
        assertThat(index.size()).isEqualTo(stock.size());
        assertThat(index.get(17)).isEqualTo(stock.get(17));
        assertThat(index.capacity()).isGreaterThanOrEqualTo(2 * names.size());
    }

    @Test
    void answersMinusOneForNamesTheModelDoesNotKnow() {
        FingerprintFeatureIndex index = new FingerprintFeatureIndex(stock(featureNames(50_000)));

        // near misses of known names: one character more, less, swapped, or the same name as a new string
        assertThat(index.indexOf("w0-WORD|C")).isZero();
        assertThat(index.indexOf(new String("w0-WORD|C".toCharArray()))).isZero();
        assertThat(index.indexOf("w0-WORD|C ")).isEqualTo(-1);
        assertThat(index.indexOf("w0-WORD|")).isEqualTo(-1);
        assertThat(index.indexOf("0w-WORD|C")).isEqualTo(-1);
        assertThat(index.indexOf("")).isEqualTo(-1);
        for (int i = 0; i < 100_000; i++) {
            assertThat(index.indexOf("unknown-" + i + "|C")).isEqualTo(-1);
        }
        assertThat(index.contains("w0-WORD|C")).isTrue();
        assertThat(index.contains("Orinoco-WORD|C")).isFalse();
        assertThat(index.contains(42)).isFalse();
    }

    @Test
    void fingerprintsTellApartNamesThatDifferInOrderOrLength() {
        List<String> names = List.of("a", "b", "ab", "ba", "a\0", "\0a", "abc", "acb", "abcd", "abdc", "WORD|C",
                "WORD|Cp");
        FingerprintFeatureIndex index = new FingerprintFeatureIndex(stock(names));

        Set<Integer> seen = new HashSet<>();
        for (String name : names) {
            int found = index.indexOf(name);
            assertThat(found).as(name).isEqualTo(names.indexOf(name));
            assertThat(seen.add(found)).as("index of '%s' is new", name).isTrue();
        }
        assertThat(index.indexOf("")).isEqualTo(-1);
    }

    @Test
    void refusesToGrowOrChange() {
        FingerprintFeatureIndex index = new FingerprintFeatureIndex(stock(List.of("a-WORD|C", "b-WORD|C")));

        assertThat(index.isLocked()).isTrue();
        assertThat(index.indexOf("c-WORD|C", false)).isEqualTo(-1);
        assertThatThrownBy(() -> index.indexOf("c-WORD|C", true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> index.addToIndex("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> index.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(index::unlock).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(index::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(index.objectsList()).containsExactly("a-WORD|C", "b-WORD|C");
    }
}
