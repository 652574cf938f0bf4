package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.util.Index;
import io.newsflow.enrich.topics.KeyFingerprints;

import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's CRF feature index (feature name to weight row) answered from a {@link KeyFingerprints} table of 64-bit
 * fingerprints instead of a {@code HashMap<String, Integer>}. Tagging a short article looks up about twenty
 * thousand feature names; the stock map touches a bucket, an entry, the stored key string and its bytes, and a
 * boxed integer for each hit, five cache lines scattered over the model's maps, and between two articles the
 * other stages push them out of the cache. Here a look-up reads one slot of a {@code long[]} (and an
 * {@code int[]} on a hit).
 *
 * <p>The answers are the stock index's: every name the model knows gets its own index, and a name it does not
 * know gets -1 unless its fingerprint equals a known name's, about N / 2^64 per look-up (10^-14 for the 143,284
 * names of the shipped model). Two known names sharing a fingerprint make the constructor refuse. Everything but
 * {@link #indexOf(String)} is the stock index's own, and the table is read-only, so one instance serves all
 * threads.
 */
final class FingerprintFeatureIndex implements Index<String> {
    private static final long serialVersionUID = 1L;

    private final Index<String> stock;
    private final KeyFingerprints rows;

    FingerprintFeatureIndex(Index<String> stock) {
        this.stock = stock;
        Map<String, Integer> rowsByName = new HashMap<>();
        for (int i = 0; i < stock.size(); i++) {
            rowsByName.put(stock.get(i), i);
        }
        this.rows = new KeyFingerprints(rowsByName);
    }

    @Override
    public int indexOf(String name) {
        return rows.rowOfKey(name);
    }

    int capacity() {
        return rows.capacity();
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
