package io.newsflow.enrich.pipeline;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Set;

/**
 * The memory CoreNLP's NER feature factory keeps of each word's character n-gram features when its
 * {@code cacheNGrams} flag is on: a word's n-grams depend on the word alone, and building them (a few dozen
 * substrings per word) is a large part of tagging. CoreNLP's own memory is a plain {@code HashMap} that grows
 * with every new word and is not safe for the listener threads that share the model; this one has a fixed
 * number of slots (a newer word takes an older one's slot) and may be read and written by any thread.
 *
 * <p>Each slot holds an immutable pair of word and n-grams, so a reader sees either a whole pair or none, and
 * a pair is only ever given for its own word: the cache can forget, never mislead. The n-gram collections it is
 * given are built by CoreNLP before it hands them over and never changed after.
 */
final class WordNGramCache extends AbstractMap<String, Collection<String>> {
    private record Slot(String word, Collection<String> nGrams) {
    }

    private final Slot[] slots;
    private final int mask;

    /** @param capacity slots, rounded up to a power of two */
    WordNGramCache(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        this.slots = new Slot[size];
        this.mask = size - 1;
    }

    @Override
    public Collection<String> get(Object key) {
        if (!(key instanceof String word)) {
            return null;
        }
        Slot slot = slots[spread(word.hashCode()) & mask];
        return slot != null && slot.word.equals(word) ? slot.nGrams : null;
    }

    @Override
    public Collection<String> put(String word, Collection<String> nGrams) {
        slots[spread(word.hashCode()) & mask] = new Slot(word, nGrams);
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public void clear() {
        java.util.Arrays.fill(slots, null);
    }

    /** Not a real map's view: CoreNLP only gets, puts and clears. */
    @Override
    public Set<Entry<String, Collection<String>>> entrySet() {
        throw new UnsupportedOperationException("the n-gram cache is not iterable");
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
