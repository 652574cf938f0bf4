package io.newsflow.ingest.publish;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grouping alone, with a transaction that only records what it was given; {@code IdempotentPublishTest} and
 * the others run it against a real broker.
 */
class GroupCommitTest {

    private record TestWrite(String name, int articles, long deadline, boolean alone) implements GroupCommit.Write {
        static TestWrite of(String name, int articles, Duration patience) {
            return new TestWrite(name, articles, System.nanoTime() + patience.toNanos(), false);
        }
    }

    /** A transaction that takes {@code pause} and records each group. */
    private static final class RecordingTransaction {
        final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        final Duration pause;
        volatile String failWhenGroupHas;

        RecordingTransaction(Duration pause) {
            this.pause = pause;
        }

        String write(List<TestWrite> group, long deadline) {
            List<String> names = group.stream().map(TestWrite::name).toList();
            groups.add(names);
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return failWhenGroupHas != null && names.contains(failWhenGroupHas) ? "broken record" : null;
        }
    }

    @Test
    void aLoneRequestIsCommittedByItself() {
        RecordingTransaction transaction = new RecordingTransaction(Duration.ZERO);
        try (GroupCommit<TestWrite> groups = new GroupCommit<>("test", transaction::write, transaction.sizes::add, 2,
                100)) {
            assertThat(groups.commit(TestWrite.of("a", 1, Duration.ofSeconds(5)))).isNull();
        }
        assertThat(transaction.groups).containsExactly(List.of("a"));
        assertThat(transaction.sizes).containsExactly(1);
    }

    @Test
    void requestsArrivingWhileATransactionRunsShareTheNextOne() throws Exception {
        RecordingTransaction transaction = new RecordingTransaction(Duration.ofMillis(150));
        ExecutorService requests = Executors.newFixedThreadPool(12);
        try (GroupCommit<TestWrite> groups = new GroupCommit<>("test", transaction::write, transaction.sizes::add, 1,
                100)) {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(requests.submit(() -> groups.commit(TestWrite.of("first", 1, Duration.ofSeconds(10)))));
            Thread.sleep(50); // the first is being written
            for (int i = 0; i < 10; i++) {
                String name = "r" + i;
                answers.add(requests.submit(() -> groups.commit(TestWrite.of(name, 2, Duration.ofSeconds(10)))));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isNull();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(transaction.groups.get(0)).containsExactly("first");
        // the ten that came while it was written went in one or two more transactions, not ten
        assertThat(transaction.groups).hasSizeBetween(2, 3);
        assertThat(transaction.groups.stream().mapToInt(List::size).sum()).isEqualTo(11);
        assertThat(transaction.sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
    }

    @Test
    void aGroupIsNoLargerThanItsLimitUnlessOneWriteIs() throws Exception {
        RecordingTransaction transaction = new RecordingTransaction(Duration.ofMillis(100));
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try (GroupCommit<TestWrite> groups = new GroupCommit<>("test", transaction::write, transaction.sizes::add, 1,
                10)) {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(requests.submit(() -> groups.commit(TestWrite.of("block", 1, Duration.ofSeconds(10)))));
            Thread.sleep(30);
            answers.add(requests.submit(() -> groups.commit(TestWrite.of("big", 25, Duration.ofSeconds(10)))));
            Thread.sleep(30);
            for (int i = 0; i < 6; i++) {
                String name = "r" + i;
                answers.add(requests.submit(() -> groups.commit(TestWrite.of(name, 3, Duration.ofSeconds(10)))));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isNull();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(transaction.groups).contains(List.of("big"));
        assertThat(transaction.sizes).allSatisfy(size -> assertThat(size).isIn(1, 3, 6, 9, 25));
    }

    @Test
    void aFailedGroupFailsEveryWriteInItAndAWriteAloneIsNeverGrouped() throws Exception {
        RecordingTransaction transaction = new RecordingTransaction(Duration.ofMillis(100));
        transaction.failWhenGroupHas = "bad";
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try (GroupCommit<TestWrite> groups = new GroupCommit<>("test", transaction::write, transaction.sizes::add, 1,
                100)) {
            Future<String> block = requests.submit(() -> groups.commit(TestWrite.of("block", 1,
                    Duration.ofSeconds(10))));
            Thread.sleep(30);
            Future<String> bad = requests.submit(() -> groups.commit(TestWrite.of("bad", 1, Duration.ofSeconds(10))));
            Future<String> good = requests.submit(() -> groups.commit(TestWrite.of("good", 1,
                    Duration.ofSeconds(10))));
            Thread.sleep(30);
            Future<String> alone = requests.submit(() -> groups.commit(new TestWrite("alone", 1,
                    System.nanoTime() + Duration.ofSeconds(10).toNanos(), true)));
            assertThat(block.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(bad.get(10, TimeUnit.SECONDS)).isEqualTo("broken record");
            assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("broken record");
            assertThat(alone.get(10, TimeUnit.SECONDS)).isNull();
        } finally {
            requests.shutdownNow();
        }
        assertThat(transaction.groups).contains(List.of("alone"));
        assertThat(transaction.groups).anySatisfy(group -> assertThat(group).contains("bad", "good"));
    }

    @Test
    void aWriteNoWriterTookInTimeIsWithdrawnAndNeverWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try (GroupCommit<TestWrite> groups = new GroupCommit<>("test", (group, deadline) -> {
            group.forEach(write -> written.add(write.name()));
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, size -> { }, 1, 100)) {
            Future<String> slow = requests.submit(() -> groups.commit(TestWrite.of("slow", 1, Duration.ofSeconds(10))));
            Thread.sleep(50);
            String impatient = groups.commit(TestWrite.of("impatient", 1, Duration.ofMillis(200)));
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(impatient).contains("publish timeout");
        } finally {
            requests.shutdownNow();
        }
        assertThat(written).containsExactly("slow");
    }

    @Test
    void afterCloseNothingIsWritten() {
        RecordingTransaction transaction = new RecordingTransaction(Duration.ZERO);
        GroupCommit<TestWrite> groups = new GroupCommit<>("test", transaction::write, transaction.sizes::add, 2, 100);
        groups.close();

        assertThat(groups.commit(TestWrite.of("late", 1, Duration.ofSeconds(1)))).contains("shutting down");
        assertThat(transaction.groups).isEmpty();
    }
}
