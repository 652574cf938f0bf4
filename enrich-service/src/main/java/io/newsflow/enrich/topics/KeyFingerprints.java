package io.newsflow.enrich.topics;

import java.util.Map;

/**
 * Finds the row of a key (a word vector's word, a topic model's term) by a 64-bit FNV-1a fingerprint of the key,
 * computed from the word as written (lower case, digits as 0, like {@link WordVectors#key}) or from the two words of
 * a bigram, without building the key string. One probe reads two primitive arrays and never a key string. Two keys
 * sharing a fingerprint would share a row; the constructor refuses that case, and an unknown key takes a known
 * key's row only if their fingerprints collide, about once in 10^14 look-ups for the 100,000 words shipped. Also the
 * NER stage's index of CoreNLP's CRF feature names ({@code FingerprintFeatureIndex}).
 */
public final class KeyFingerprints {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long[] fingerprints;
    private final int[] rows;
    private final int mask;

    public KeyFingerprints(Map<String, Integer> rowsByKey) {
        int capacity = Integer.highestOneBit(Math.max(4, rowsByKey.size() * 2 - 1)) << 1;
        this.fingerprints = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        for (Map.Entry<String, Integer> entry : rowsByKey.entrySet()) {
            long fingerprint = ofKey(entry.getKey());
            int slot = probe(fingerprint);
            if (fingerprints[slot] == fingerprint) {
                throw new IllegalStateException("two keys share a fingerprint: " + entry.getKey());
            }
            fingerprints[slot] = fingerprint;
            rows[slot] = entry.getValue();
        }
    }

    /** @return the row of the word's key ({@link WordVectors#key}), or −1 when it has none */
    int rowOfWord(CharSequence word) {
        long hash = OFFSET;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hash = (hash ^ (Character.isDigit(c) ? '0' : Character.toLowerCase(c))) * PRIME;
        }
        return rowOf(finish(hash));
    }

    /** @return the row of {@code key}, taken as it is, or −1 when it has none */
    public int rowOfKey(String key) {
        return rowOf(ofKey(key));
    }

    /** @return the row of the key {@code first + joiner + second}, or −1 when it has none */
    int rowOfPair(String first, char joiner, String second) {
        long hash = mix(mix(OFFSET, first), joiner);
        return rowOf(finish(mix(hash, second)));
    }

    /** Slots in the table: at least twice the keys. */
    public int capacity() {
        return fingerprints.length;
    }

    private int rowOf(long fingerprint) {
        int slot = probe(fingerprint);
        return fingerprints[slot] == fingerprint ? rows[slot] : -1;
    }

    private static long ofKey(String key) {
        return finish(mix(OFFSET, key));
    }

    private static long mix(long hash, String text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    private static long mix(long hash, char c) {
        return (hash ^ c) * PRIME;
    }

    /** The slot holding {@code fingerprint}, or the empty slot where it would go (linear probing). */
    private int probe(long fingerprint) {
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (fingerprints[slot] != 0 && fingerprints[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** 0 marks an empty slot, so no fingerprint may be 0; spreading the bits also helps the slot index. */
    private static long finish(long hash) {
        long h = hash ^ (hash >>> 29);
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }
}
