package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.util.Index;

import java.io.Writer;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * CoreNLP's CRF feature index (feature name to weight row) answered from one flat table of 64-bit fingerprints
 * instead of a {@code HashMap<String, Integer>}. Tagging a short article looks up about twenty thousand feature
 * names; the stock map touches a bucket, an entry, the stored key string and its bytes, and a boxed integer for
 * each hit, five cache lines scattered over hundreds of megabytes, and between two articles the other stages
 * push them out of the cache. Here a look-up reads one slot of a {@code long[]} (and an {@code int[]} on a hit).
 *
 * <p>The answers are the stock index's: every name the model knows gets its own index, and a name it does not
 * know gets -1 unless its fingerprint equals a known name's, about N / 2^64 per look-up (10^-13 for N ≈ 10^6,
 * one wrong feature in some 10^9 articles). Two known names sharing a fingerprint make the constructor refuse.
 * Everything but {@link #indexOf(String)} is the stock index's own, and the table is read-only, so one instance
 * serves all threads.
 */
final class FingerprintFeatureIndex implements Index<String> {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = 0;

    private final Index<String> stock;
    private final long[] fingerprints;
    private final int[] indexes;
    private final int mask;

    FingerprintFeatureIndex(Index<String> stock) {
        this.stock = stock;
        int size = stock.size();
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.fingerprints = new long[capacity];
        this.indexes = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            String name = stock.get(i);
            long fingerprint = fingerprint(name);
            int slot = slotFor(fingerprint);
            if (fingerprints[slot] == fingerprint) {
                throw new IllegalStateException("two CRF features share a fingerprint: '" + stock.get(indexes[slot])
                        + "' and '" + name + "'");
            }
            fingerprints[slot] = fingerprint;
            indexes[slot] = i;
        }
    }

    @Override
    public int indexOf(String name) {
        long fingerprint = fingerprint(name);
        int slot = slotFor(fingerprint);
        return fingerprints[slot] == fingerprint ? indexes[slot] : -1;
    }

    /** The slot holding {@code fingerprint}, or the empty slot where it would go (linear probing). */
    private int slotFor(long fingerprint) {
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        long found;
        while ((found = fingerprints[slot]) != EMPTY && found != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * A 64-bit hash of the name's characters, taken two at a time (a 32-bit unit per multiplication, so that the
     * multiply chain, the loop's critical path, is half as long); an odd last character is a unit of its own with
     * bit 32 set, which no pair has, and the length goes in last. Spread at the end so that the slot index is
     * well mixed; never {@link #EMPTY}.
     */
    static long fingerprint(String name) {
        int length = name.length();
        long h = 0xCBF29CE484222325L;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            h = (h ^ (name.charAt(i) | ((long) name.charAt(i + 1) << 16))) * 0x100000001B3L;
        }
        if (i < length) {
            h = (h ^ (name.charAt(i) | (1L << 32))) * 0x100000001B3L;
        }
        h = (h ^ length) * 0x100000001B3L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h == EMPTY ? 1 : h;
    }

    int capacity() {
        return fingerprints.length;
    }

    @Override
    public int size() {
        return stock.size();
    }

    @Override
    public String get(int i) {
        return stock.get(i);
    }

    @Override
    public int indexOf(String name, boolean add) {
        if (add) {
            throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
        }
        return indexOf(name);
    }

    @Override
    public int addToIndex(String name) {
        throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
    }

    @Override
    public List<String> objectsList() {
        return stock.objectsList();
    }

    @Override
    public Collection<String> objects(int[] indices) {
        return stock.objects(indices);
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
    }

    @Override
    public void unlock() {
        throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
    }

    @Override
    public void saveToWriter(Writer out) throws java.io.IOException {
        stock.saveToWriter(out);
    }

    @Override
    public void saveToFilename(String file) {
        stock.saveToFilename(file);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String name && indexOf(name) >= 0;
    }

    @Override
    public boolean add(String name) {
        throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
    }

    @Override
    public boolean addAll(Collection<? extends String> names) {
        throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the CRF feature index is read-only once the model is loaded");
    }

    @Override
    public Iterator<String> iterator() {
        return stock.iterator();
    }
}
