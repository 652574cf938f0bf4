package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacklogGateTest {
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger enriched = new AtomicInteger();
    private final AtomicLong clockNanos = new AtomicLong();

    private BacklogGate gate(int maxBacklog, BacklogGate.Pause pause) {
        return new BacklogGate(maxBacklog, acked::get, enriched::get, Duration.ofSeconds(30), pause,
                clockNanos::get);
    }

    @Test
    void hasRoomWhileAcknowledgedButNotEnrichedIsBelowTheLimit() {
        BacklogGate gate = gate(200, () -> {
        });
        acked.set(199);
        assertThat(gate.hasRoom()).isTrue();
        acked.set(200);
        assertThat(gate.hasRoom()).isFalse();
        enriched.set(1);
        assertThat(gate.backlog()).isEqualTo(199);
        assertThat(gate.hasRoom()).isTrue();
    }

    @Test
    void aRecordSeenBeforeItsAcknowledgementIsNoNegativeBacklog() {
        BacklogGate gate = gate(1, () -> {
        });
        acked.set(3);
        enriched.set(4);
        assertThat(gate.backlog()).isZero();
        assertThat(gate.hasRoom()).isTrue();
    }

    @Test
    void waitsWhileTheBacklogIsFullAndResumesWhenArticlesAreEnriched() throws Exception {
        acked.set(10);
        AtomicInteger pauses = new AtomicInteger();
        // the "pipeline" enriches one article on the third look, one second of the fake clock per look
        BacklogGate gate = gate(10, () -> {
            clockNanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
            if (pauses.incrementAndGet() == 3) {
                enriched.incrementAndGet();
            }
        });

        gate.awaitRoom();

        assertThat(pauses).hasValue(3);
        assertThat(gate.backlog()).isEqualTo(9);
        assertThat(gate.waited()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aPusherOnAnotherThreadStaysBlockedUntilThePipelineCatchesUp() throws Exception {
        acked.set(5);
        AtomicInteger pauses = new AtomicInteger();
        BacklogGate gate = gate(5, () -> {
            pauses.incrementAndGet();
            Thread.sleep(1);
        });

        CompletableFuture<Void> push = CompletableFuture.runAsync(() -> {
            try {
                gate.awaitRoom();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (pauses.get() < 3) {
            Thread.onSpinWait();
        }
        assertThat(push).isNotDone();
        enriched.set(1);

        push.get(30, TimeUnit.SECONDS);
        assertThat(gate.backlog()).isEqualTo(4);
    }

    @Test
    void doesNotWaitWhenThereIsRoom() throws Exception {
        acked.set(3);
        BacklogGate gate = gate(10, () -> {
            throw new AssertionError("no wait expected");
        });

        gate.awaitRoom();

        assertThat(gate.waited()).isZero();
    }

    @Test
    void openLoopNeverWaits() throws Exception {
        acked.set(1_000_000);
        BacklogGate gate = gate(0, () -> {
            throw new AssertionError("no wait expected");
        });

        gate.awaitRoom();

        assertThat(gate.isOpenLoop()).isTrue();
        assertThat(gate.hasRoom()).isTrue();
    }

    @Test
    void givesUpWhenNothingIsEnrichedForTheStallTimeout() {
        acked.set(10);
        BacklogGate gate = gate(10, () -> clockNanos.addAndGet(TimeUnit.SECONDS.toNanos(1)));

        assertThatThrownBy(gate::awaitRoom)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nothing was enriched for 30 s with 10 articles acknowledged and waiting");
    }

    @Test
    void progressRestartsTheStallTimeout() throws Exception {
        acked.set(10);
        AtomicInteger pauses = new AtomicInteger();
        // 25 s without progress, one article enriched, 25 s more, then room: never 30 s in a row
        BacklogGate gate = gate(9, () -> {
            clockNanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
            int pause = pauses.incrementAndGet();
            if (pause == 25) {
                enriched.set(1);
                acked.set(11);
            } else if (pause == 50) {
                enriched.set(3);
            }
        });

        gate.awaitRoom();

        assertThat(pauses).hasValue(50);
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> gate(-1, () -> {
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
