package io.newsflow.enrich.sentiment;

import java.util.Map;

/**
 * A read-only map from feature names to a fixed number of float weights, looked up by a 64-bit FNV-1a
 * fingerprint of the name rather than the name itself: one probe touches two arrays and never the key
 * strings, and a bigram is looked up from its two words without building the joined string. Scoring a
 * mention makes about two hundred look-ups in tables of up to 70,000 names, where chasing a HashMap's
 * entry, key and value objects cost most of the time. Two names sharing a fingerprint (about 10^-9 for
 * these sizes) would share weights; the constructor refuses that case.
 */
final class FingerprintTable {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    static final int ABSENT = -1;

    private final long[] keys;
    private final float[] values;
    private final int stride;
    private final int mask;

    FingerprintTable(Map<String, float[]> weights, int stride) {
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.values = new float[capacity * stride];
        this.stride = stride;
        this.mask = capacity - 1;
        for (Map.Entry<String, float[]> entry : weights.entrySet()) {
            long key = finish(mix(OFFSET, entry.getKey()));
            int slot = probe(key);
            if (keys[slot] == key) {
                throw new IllegalStateException("two sentiment features share a fingerprint: " + entry.getKey());
            }
            keys[slot] = key;
            System.arraycopy(entry.getValue(), 0, values, slot * stride, stride);
        }
    }

    int capacity() {
        return keys.length;
    }

    int stride() {
        return stride;
    }

    /** The weights, {@link #stride()} of them per slot, from {@code slot * stride}. */
    float[] values() {
        return values;
    }

    /** @return the slot of {@code word}, or {@link #ABSENT} */
    int find(String word) {
        return slotOf(finish(mix(OFFSET, word)));
    }

    /** @return the slot of the feature {@code kind:word}, or {@link #ABSENT} */
    int find(String kind, String word) {
        return slotOf(finish(mix(mix(mix(OFFSET, kind), ':'), word)));
    }

    /** @return the slot of the feature {@code kind:first_second}, or {@link #ABSENT} */
    int find(String kind, String first, String second) {
        return slotOf(finish(mix(mix(mix(mix(mix(OFFSET, kind), ':'), first), '_'), second)));
    }

    private int slotOf(long key) {
        int slot = probe(key);
        return keys[slot] == key ? slot : ABSENT;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int probe(long key) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
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

    /** 0 marks an empty slot, so no key may be 0; spreading the bits also helps the slot index. */
    private static long finish(long hash) {
        long h = hash ^ (hash >>> 29);
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }
}
