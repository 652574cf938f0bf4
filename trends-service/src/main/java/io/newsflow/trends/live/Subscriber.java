package io.newsflow.trends.live;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One SSE client. The feed offers it articles without waiting; its own thread writes them out. When the
 * client reads so slowly that {@code queueLimit} events wait, it is dropped: the waiting events are discarded, a
 * {@code dropped} event says why and where to resume, and the connection is closed — nobody else waits for it.
 */
public final class Subscriber {
    private record Outgoing(String name, String id, Object data, boolean last) {
    }

    private final SseEmitter emitter;
    private final StreamFilter filter;
    private final int queueLimit;
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile String lastQueuedId;

    public Subscriber(SseEmitter emitter, StreamFilter filter, int queueLimit) {
        this.emitter = emitter;
        this.filter = filter;
        this.queueLimit = queueLimit;
        // Java 17 has no virtual threads: one small daemon thread per client, which bounds clients per instance to
        // what threads the JVM affords (thousands)
        Thread writer = new Thread(this::drain, "sse-subscriber");
        writer.setDaemon(true);
        writer.start();
    }

    /** @return false when the subscriber is gone (closed or just dropped) */
    boolean offer(ArticleFeed.Buffered entry) {
        if (closed) {
            return false;
        }
        lastQueuedId = entry.after().eventId();
        if (!entry.article().matches(filter)) {
            return true;
        }
        if (queue.size() >= queueLimit) {
            queue.clear();
            closed = true;
            queue.add(new Outgoing("dropped", null, Map.of("reason",
                    "the client read too slowly: " + queueLimit + " events were waiting",
                    "resumeWith", "reconnect; events after the last id you received may be replayed if still buffered"),
                    true));
            return false;
        }
        queue.add(new Outgoing(entry.article().retracted() ? "retraction" : "article", entry.after().eventId(),
                entry.article(), false));
        return true;
    }

    boolean wants(ArticleFeed.Buffered entry) {
        return entry.article().matches(filter);
    }

    void gap() {
        queue.add(new Outgoing("gap", null, Map.of("reason",
                "some articles since Last-Event-ID are no longer buffered; reload the lists to be complete"), false));
    }

    void close() {
        closed = true;
        queue.add(new Outgoing("closing", null, Map.of("reason", "the server is shutting down"), true));
    }

    public boolean isClosed() {
        return closed;
    }

    private void drain() {
        try {
            while (true) {
                Outgoing next = queue.poll(15, TimeUnit.SECONDS);
                if (next == null) {
                    if (closed) {
                        return;
                    }
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    continue;
                }
                SseEmitter.SseEventBuilder event = SseEmitter.event();
                if (next.id() != null) {
                    event.id(next.id());   // before the data, so a reader that stops at the data has the id
                }
                event.name(next.name()).data(next.data());
                emitter.send(event);
                if (next.last()) {
                    emitter.complete();
                    return;
                }
            }
        } catch (IOException | IllegalStateException clientGone) {
            closed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void markClosed() {
        closed = true;
    }
}
