package io.newsflow.trends.live;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading. Its socket filling up cannot be produced reliably in a test (the kernel buffers
 * megabytes), so the emitter's write blocks on a latch instead — the one stand-in in this module's tests.
 */
class SubscriberTest {

    @Test
    void aClientThatStopsReadingIsDroppedWithAClearEventWithoutBlockingTheFeed() throws Exception {
        CountDownLatch clientReads = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        CountDownLatch completed = new CountDownLatch(1);
        SseEmitter stuckClient = new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) throws IOException {
                try {
                    clientReads.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                StringBuilder text = new StringBuilder();
                builder.build().forEach(part -> text.append(part.getData()));
                written.add(text.toString());
            }

            @Override
            public synchronized void complete() {
                completed.countDown();
            }
        };
        Subscriber subscriber = new Subscriber(stuckClient, new StreamFilter(null, null, null, null, null), 5);

        int accepted = 0;
        for (int offset = 0; offset < 20; offset++) {
            if (!subscriber.offer(entry(offset))) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).as("one being written plus five waiting, then the sixth waiting one drops it")
                .isBetween(5, 6);
        assertThat(subscriber.offer(entry(99))).as("gone for good").isFalse();

        clientReads.countDown();
        assertThat(completed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(written.get(written.size() - 1)).contains("event:dropped").contains("read too slowly");
    }

    private static ArticleFeed.Buffered entry(long offset) {
        LiveArticle article = new LiveArticle("desk:" + offset, "1", false, "desk", "desk", "headline " + offset,
                Instant.parse("2026-12-07T08:00:00Z"), null, null, List.of(), List.of());
        return new ArticleFeed.Buffered(0, offset, new StreamPosition(Map.of(0, offset + 1)), article);
    }
}
