package io.newsflow.ingest.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises, within one replica, the publishing of one article id: a second request for an id waits until the
 * first's transaction has committed and been remembered, so it is then answered as the duplicate it is. Ids are
 * hashed onto a fixed set of locks; locks are always taken in ascending order, so batches cannot deadlock.
 */
final class ArticleLocks {
    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ArticleLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Locks every id, waiting until {@code deadlineNanos} at most.
     *
     * @return the held locks, to pass to {@link #unlock}; null when not all could be taken in time (none is held)
     */
    List<ReentrantLock> lockAll(Collection<String> articleIds, long deadlineNanos) throws InterruptedException {
        int[] indexes = articleIds.stream().mapToInt(id -> Math.floorMod(id.hashCode(), STRIPES))
                .distinct().sorted().toArray();
        List<ReentrantLock> held = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            ReentrantLock lock = stripes[index];
            if (!lock.tryLock(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                unlock(held);
                return null;
            }
            held.add(lock);
        }
        return held;
    }

    void unlock(List<ReentrantLock> held) {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).unlock();
        }
    }
}
