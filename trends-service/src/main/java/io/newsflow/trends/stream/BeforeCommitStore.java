package io.newsflow.trends.stream;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

import java.util.List;
import java.util.Map;

/**
 * A key-value store that runs its owner's hook just before every commit of its task, ahead of the changelog's
 * records, so the hook's writes land in the same transaction as the offsets of the input they come from. It lets a
 * processor keep its changes as objects and write each changed key once per emit instead of serialising it at every
 * change (ADR 0032).
 * <p>
 * Kafka Streams has no public pre-commit callback. It flushes every store's cache before it flushes the record
 * collector and commits ({@code StreamTask#flush}: {@code ProcessorStateManager#flushCache}, then
 * {@code RecordCollector#flush}); this store takes that call. That is Kafka Streams' internal
 * {@code CachedStateStore} contract, reached through the internal {@link WrappedStateStore} (both as of 4.1), which
 * {@code BeforeCommitStoreTest} pins: if an upgrade changes it, that test fails rather than counts being lost.
 * Reads and writes go straight to the store it wraps (metered, logged, RocksDB).
 */
public final class BeforeCommitStore<V> extends WrappedStateStore<KeyValueStore<String, V>, String, V>
        implements KeyValueStore<String, V> {
    private Runnable beforeCommit;

    private BeforeCommitStore(KeyValueStore<String, V> wrapped) {
        super(wrapped);
    }

    /** The store of this name in the processor's context, as its {@link BeforeCommitStore}. */
    static <V> BeforeCommitStore<V> unwrap(StateStore store) {
        StateStore current = store;
        while (!(current instanceof BeforeCommitStore<?>)) {
            if (!(current instanceof WrappedStateStore<?, ?, ?> wrappedStore)) {
                throw new IllegalStateException("store " + store.name() + " was not built by BeforeCommitStore.builder");
            }
            current = wrappedStore.wrapped();
        }
        @SuppressWarnings("unchecked")
        BeforeCommitStore<V> found = (BeforeCommitStore<V>) current;
        return found;
    }

    /** Runs {@code hook} on the stream thread before each commit of the task (replaces any earlier hook). */
    void beforeCommit(Runnable hook) {
        this.beforeCommit = hook;
    }

    @Override
    public void flushCache() {
        if (beforeCommit != null) {
            beforeCommit.run();
        }
        super.flushCache();
    }

    @Override
    public void close() {
        beforeCommit = null;
        super.close();
    }

    @Override
    public void put(String key, V value) {
        wrapped().put(key, value);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        return wrapped().putIfAbsent(key, value);
    }

    @Override
    public void putAll(List<KeyValue<String, V>> entries) {
        wrapped().putAll(entries);
    }

    @Override
    public V delete(String key) {
        return wrapped().delete(key);
    }

    @Override
    public V get(String key) {
        return wrapped().get(key);
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }

    /** Builds the store {@code inner} builds (uncached: the owner is the cache), wrapped in a BeforeCommitStore. */
    static <V> StoreBuilder<BeforeCommitStore<V>> builder(StoreBuilder<KeyValueStore<String, V>> inner) {
        return new Builder<>(inner.withCachingDisabled());
    }

    private record Builder<V>(StoreBuilder<KeyValueStore<String, V>> inner)
            implements StoreBuilder<BeforeCommitStore<V>> {
        @Override
        public StoreBuilder<BeforeCommitStore<V>> withCachingEnabled() {
            throw new UnsupportedOperationException("the processor owning a BeforeCommitStore is its cache");
        }

        @Override
        public StoreBuilder<BeforeCommitStore<V>> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<BeforeCommitStore<V>> withLoggingEnabled(Map<String, String> config) {
            return new Builder<>(inner.withLoggingEnabled(config));
        }

        @Override
        public StoreBuilder<BeforeCommitStore<V>> withLoggingDisabled() {
            return new Builder<>(inner.withLoggingDisabled());
        }

        @Override
        public BeforeCommitStore<V> build() {
            return new BeforeCommitStore<>(inner.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
