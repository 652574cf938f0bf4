package io.newsflow.ingest.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

/**
 * Commits the writes of requests that arrive at the same time in one Kafka transaction (group commit). A
 * transaction costs the broker and this service the same few requests and commit markers whether it holds one
 * article or twenty: one per pushed article made the transactions, not the articles, most of their CPU time on a
 * busy replica. Requests queue their writes; a few writer threads each take every write waiting (up to
 * {@code maxArticles}) and commit them together, so the busier the replica, the larger the groups, and a lone
 * request waits for nothing but its own transaction.
 *
 * <p>A group either commits as a whole or not at all; a write that is to be tried on its own (after its group
 * failed, perhaps because of another request's record) is marked {@code alone} and never grouped. Each request
 * still waits at most until its own deadline: a write not yet taken by a writer is withdrawn then.
 *
 * @param <W> one request's write
 */
final class GroupCommit<W extends GroupCommit.Write> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** One request's part of a group. */
    interface Write {
        /** Articles in it, counted against a group's size. */
        int articles();

        /** When its request stops waiting, in {@link System#nanoTime()}. */
        long deadline();

        /** Never grouped with others: it is tried on its own. */
        boolean alone();
    }

    private record Queued<W>(W write, CompletableFuture<String> result) {
    }

    private final LinkedBlockingQueue<Queued<W>> queue = new LinkedBlockingQueue<>();
    private final BiFunction<List<W>, Long, String> transaction;
    private final IntConsumer groupSizes;
    private final int maxArticles;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param transaction writes a group in one transaction that must end by the given deadline; returns null when
     *                    committed, else why not (and then nothing of the group is committed)
     * @param groupSizes  told the articles of each group committed or tried, for metrics
     * @param writers     transactions open at once
     * @param maxArticles largest group, unless a single write is larger
     */
    GroupCommit(String name, BiFunction<List<W>, Long, String> transaction, IntConsumer groupSizes, int writers,
                int maxArticles) {
        this.transaction = transaction;
        this.groupSizes = groupSizes;
        this.maxArticles = maxArticles;
        for (int i = 0; i < writers; i++) {
            Thread writer = new Thread(this::writeGroups, name + "-" + i);
            writer.setDaemon(true);
            this.writers.add(writer);
            writer.start();
        }
    }

    /**
     * Queues the write and waits until its group was committed or not, or until its deadline.
     *
     * @return null when committed, else why not
     */
    String commit(W write) {
        if (closed) {
            return "ingest-service is shutting down";
        }
        Queued<W> queued = new Queued<>(write, new CompletableFuture<>());
        queue.add(queued);
        try {
            return queued.result.get(Math.max(0, write.deadline() - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (queue.remove(queued)) {
                return "no transaction could be opened within the publish timeout";
            }
            // a writer has it: its transaction ends by the group's deadline, which is at most this one
            return awaitTaken(queued);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return queue.remove(queued) ? "interrupted while waiting for a transaction" : awaitTaken(queued);
        } catch (ExecutionException e) {
            return "the transaction failed: " + e.getCause();
        }
    }

    private String awaitTaken(Queued<W> queued) {
        try {
            return queued.result.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while its transaction was being committed; it may have been written";
        } catch (ExecutionException | TimeoutException e) {
            return "the transaction did not end: " + e;
        }
    }

    private void writeGroups() {
        while (!closed) {
            List<Queued<W>> group;
            try {
                group = nextGroup();
            } catch (InterruptedException e) {
                return;
            }
            if (group.isEmpty()) {
                continue;
            }
            List<W> writes = group.stream().map(Queued::write).toList();
            long deadline = writes.stream().mapToLong(Write::deadline).min().orElseThrow();
            String failure;
            try {
                groupSizes.accept(writes.stream().mapToInt(Write::articles).sum());
                failure = transaction.apply(writes, deadline);
            } catch (RuntimeException e) {
                log.error("A group transaction of {} writes failed unexpectedly", writes.size(), e);
                failure = e.toString();
            }
            for (Queued<W> queued : group) {
                queued.result.complete(failure);
            }
        }
    }

    /** The first write waiting and, unless it stands alone, those after it up to the group's size. */
    private List<Queued<W>> nextGroup() throws InterruptedException {
        Queued<W> first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<Queued<W>> group = new ArrayList<>();
        group.add(first);
        if (first.write().alone()) {
            return group;
        }
        int articles = first.write().articles();
        synchronized (queue) {
            Queued<W> next;
            while ((next = queue.peek()) != null && !next.write().alone()
                    && articles + next.write().articles() <= maxArticles) {
                if (queue.remove(next)) {
                    group.add(next);
                    articles += next.write().articles();
                }
            }
        }
        return group;
    }

    /** Stops the writers once the writes they hold are done; writes still queued are answered as not written. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Queued<W> left;
        while ((left = queue.poll()) != null) {
            left.result.complete("ingest-service is shutting down");
        }
    }
}
