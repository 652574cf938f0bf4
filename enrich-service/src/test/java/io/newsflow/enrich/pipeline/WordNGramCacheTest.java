package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordNGramCacheTest {

    private static List<String> nGrams(String word) {
        List<String> grams = new ArrayList<>();
        String marked = "<" + word + ">";
        for (int length = 1; length <= Math.min(6, marked.length()); length++) {
            grams.add("#" + marked.substring(0, length) + "#");
            grams.add("#" + marked.substring(marked.length() - length) + "#");
        }
        return List.copyOf(grams);
    }

    @Test
    void givesBackWhatWasPutForTheSameWordOnly() {
        WordNGramCache cache = new WordNGramCache(1024);
        List<String> caracas = nGrams("Caracas");
        cache.put("Caracas", caracas);

        assertThat(cache.get("Caracas")).isSameAs(caracas);
        assertThat(cache.get(new String("Caracas".toCharArray()))).isSameAs(caracas);
        assertThat(cache.get("caracas")).isNull();
        assertThat(cache.get(7)).isNull();
        assertThat(cache.containsKey("Caracas")).isTrue();

        cache.clear();
        assertThat(cache.get("Caracas")).isNull();
    }

    @Test
    void forgetsOlderWordsWhenFullButNeverGivesAnotherWordsNGrams() {
        WordNGramCache cache = new WordNGramCache(64);
        for (int i = 0; i < 10_000; i++) {
            String word = "word" + i;
            cache.put(word, nGrams(word));
        }
        int remembered = 0;
        for (int i = 0; i < 10_000; i++) {
            String word = "word" + i;
            Collection<String> found = cache.get(word);
            if (found != null) {
                remembered++;
                assertThat(found).isEqualTo(nGrams(word));
            }
        }
        assertThat(remembered).isPositive().isLessThanOrEqualTo(64);
    }

    @Test
    void threadsSharingItSeeOnlyWholeEntries() throws Exception {
        WordNGramCache cache = new WordNGramCache(256);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(threads.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 200_000; i++) {
                        String word = "w" + ((i * 31 + seed) % 2_000);
                        Collection<String> found = cache.get(word);
                        if (found == null) {
                            cache.put(word, nGrams(word));
                        } else if (!found.equals(nGrams(word))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void isNotIterable() {
        assertThatThrownBy(() -> new WordNGramCache(8).entrySet()).isInstanceOf(UnsupportedOperationException.class);
    }
}
