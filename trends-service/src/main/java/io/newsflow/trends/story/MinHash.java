package io.newsflow.trends.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word 3-shingles of an article's cleaned text: the share of equal positions in two
 * signatures estimates the Jaccard similarity of the two shingle sets (standard error about 0.06 with
 * {@value #SIZE} positions). Signatures are cut into {@value #BANDS} bands of {@value #ROWS} positions for
 * locality-sensitive lookup: two texts with Jaccard 0.3 share at least one band with probability 0.95, with 0.05
 * only 0.08, so the band index finds copies and follow-ups without comparing every pair.
 */
public final class MinHash {
    public static final int SIZE = 64;
    static final int ROWS = 2;
    static final int BANDS = SIZE / ROWS;
    private static final int SHINGLE_WORDS = 3;

    private MinHash() {
    }

    public static long[] signature(String text) {
        long[] signature = new long[SIZE];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                long hashed = mix(shingle ^ SEEDS[i]);
                if (Long.compareUnsigned(hashed, signature[i]) < 0) {
                    signature[i] = hashed;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    /** One key per band, naming the band's position and values. */
    public static List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long combined = 17;
            for (int row = 0; row < ROWS; row++) {
                combined = mix(combined * 31 + signature[band * ROWS + row]);
            }
            if (signature[band * ROWS] != Long.MAX_VALUE) {
                keys.add(band + ":" + Long.toHexString(combined));
            }
        }
        return keys;
    }

    static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= kept.size(); i++) {
            long hash = 1125899906842597L;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                for (char c : kept.get(w).toCharArray()) {
                    hash = 31 * hash + c;
                }
                hash = 31 * hash + ' ';
            }
            shingles.add(mix(hash));
        }
        return shingles;
    }

    /** SplitMix64's finaliser: spreads the bits so that XOR with a seed gives independent hash functions. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[SIZE];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }
}
