package io.newsflow.localrun.process;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildProcessesTest {
    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path dataDir;

    private final List<ProcessHandle> startedHere = new ArrayList<>();

    @AfterEach
    void killWhateverATestLeftRunning() {
        startedHere.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void stopsEveryChildWithItsDescendants() throws Exception {
        ChildProcesses children = new ChildProcesses(dataDir);
        List<ProcessHandle> tree = startTree(children, "tree");

        children.stopAll();

        assertThat(tree).hasSize(2).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void killsAChildThatIgnoresTheRequestToStop() throws Exception {
        ChildProcesses children = new ChildProcesses(dataDir, Duration.ofSeconds(1));
        List<ProcessHandle> tree = startTree(children, "stubborn", "stubborn");

        children.stopAll();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void writesTheChildsConsoleToItsLogFile() throws Exception {
        ChildProcesses children = new ChildProcesses(dataDir);
        ChildProcess child = children.startJava("tree", CLASSPATH, fixture(), dataDir.resolve("tree.log"));
        startedHere.add(child.handle());
        awaitDescendant(child);
        child.handle().descendants().forEach(startedHere::add);

        children.stopAll();

        assertThat(Files.readString(child.logFile())).contains(ProcessTreeFixture.READY);
        assertThat(child.tailOfLog(1)).isEqualTo(ProcessTreeFixture.READY);
    }

    @Test
    void recognisesAndStopsLeftoversOfAKilledRunByTheirDataDirectory(@TempDir Path otherDataDir) throws Exception {
        ChildProcesses killedRun = new ChildProcesses(dataDir);
        ChildProcess leftover = killedRun.startJava("tree", CLASSPATH, fixture(), dataDir.resolve("tree.log"));
        startedHere.add(leftover.handle());
        awaitDescendant(leftover);
        List<ProcessHandle> descendants = leftover.handle().descendants().toList();
        startedHere.addAll(descendants);

        assertThat(ChildProcesses.runningIn(otherDataDir)).isEmpty();
        String path = dataDir.toString();
        assertThat(ChildProcesses.runningIn(Path.of(path.substring(0, path.length() - 1)))).isEmpty();
        assertThat(ChildProcesses.runningIn(dataDir)).containsExactly(leftover.handle());

        assertThat(ChildProcesses.stopLeftovers(dataDir)).containsExactly(leftover.handle());
        assertThat(leftover.isAlive()).isFalse();
        assertThat(descendants).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(ChildProcesses.runningIn(dataDir)).isEmpty();
    }

    @Test
    void startsNothingOnceStopped() {
        ChildProcesses children = new ChildProcesses(dataDir);
        children.stopAll();

        assertThatThrownBy(() -> children.startJava("late", CLASSPATH, fixture(), dataDir.resolve("late.log")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not starting late: the local run is shutting down");
    }

    private List<ProcessHandle> startTree(ChildProcesses children, String name, String... fixtureArgs)
            throws Exception {
        List<String> arguments = new ArrayList<>(fixture());
        arguments.addAll(List.of(fixtureArgs));
        ChildProcess child = children.startJava(name, CLASSPATH, arguments, dataDir.resolve(name + ".log"));
        startedHere.add(child.handle());
        awaitDescendant(child);
        List<ProcessHandle> tree = new ArrayList<>(List.of(child.handle()));
        child.handle().descendants().forEach(tree::add);
        startedHere.addAll(tree);
        return tree;
    }

    private static void awaitDescendant(ChildProcess child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (child.handle().descendants().findAny().isEmpty()
                || !child.tailOfLog(5).contains(ProcessTreeFixture.READY)) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                throw new AssertionError("The fixture did not start its descendant: " + child.tailOfLog(20));
            }
            Thread.sleep(100);
        }
    }

    private static List<String> fixture() {
        return List.of(ProcessTreeFixture.class.getName());
    }
}
