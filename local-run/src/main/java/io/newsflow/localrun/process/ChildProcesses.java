package io.newsflow.localrun.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Starts the JVMs of a local run and stops all of them again. Every JVM gets a marker system property
 * naming the data directory, so that processes left behind by a run that was killed outright (and could
 * not clean up) can be recognised by the next run.
 */
public final class ChildProcesses {
    private static final String MARKER_PROPERTY = "newsflow.localrun.dataDir";
    /** Long enough for a Spring Boot service or the broker to shut down cleanly. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Path dataDir;
    private final String javaExecutable;
    private final Duration grace;
    private final Deque<ChildProcess> started = new ArrayDeque<>();
    private boolean stopped;

    public ChildProcesses(Path dataDir) {
        this(dataDir, GRACE);
    }

    ChildProcesses(Path dataDir, Duration grace) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.grace = grace;
    }

    /**
     * Starts {@code java <arguments>} in the data directory with stdout and stderr written to
     * {@code logFile} (truncated first).
     *
     * @throws IllegalStateException once {@link #stopAll()} has run, so that nothing starts during shutdown
     */
    public ChildProcess startJava(String name, List<String> arguments, Path logFile) throws IOException {
        return startJava(name, null, arguments, logFile);
    }

    /**
     * As {@link #startJava(String, List, Path)}, with the classpath passed in the {@code CLASSPATH}
     * environment variable rather than {@code -cp}: Linux shows other processes only the first 4 KiB of a
     * command line, and a long classpath there would hide everything after it, the main class included.
     */
    public synchronized ChildProcess startJava(String name, String classpath, List<String> arguments, Path logFile)
            throws IOException {
        if (stopped) {
            throw new IllegalStateException("Not starting " + name + ": the local run is shutting down");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.add(markerArgument(dataDir));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(logFile.toFile()));
        // a child sees only the classpath given here, never one set in the user's shell
        if (classpath == null) {
            builder.environment().remove("CLASSPATH");
        } else {
            builder.environment().put("CLASSPATH", classpath);
        }
        Process process = builder.start();
        // nothing is ever typed into a child; end of input tells it so
        process.getOutputStream().close();
        ChildProcess child = new ChildProcess(name, process, logFile);
        started.push(child);
        return child;
    }

    /** Stops every process started here, newest first, so that the services go before the broker they use. */
    public synchronized void stopAll() {
        stopped = true;
        while (!started.isEmpty()) {
            started.pop().stop(grace);
        }
    }

    /**
     * Processes, from this or an earlier run, whose command line carries the marker for {@code dataDir}.
     * The marker comes right after {@code java}, within the part of the command line Linux shows.
     */
    public static List<ProcessHandle> runningIn(Path dataDir) {
        String marker = " " + markerArgument(dataDir.toAbsolutePath().normalize()) + " ";
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .map(commandLine -> (commandLine + " ").contains(marker))
                        .orElse(false))
                .toList();
    }

    /**
     * Stops the processes a killed run left behind in {@code dataDir}, with their descendants. Only call
     * this while holding the {@link DataDirLock}: then no live run owns them.
     *
     * @return the marked processes that were found
     */
    public static List<ProcessHandle> stopLeftovers(Path dataDir) {
        List<ProcessHandle> leftovers = runningIn(dataDir);
        List<ProcessHandle> trees = new ArrayList<>(leftovers);
        leftovers.forEach(leftover -> leftover.descendants().forEach(trees::add));
        ChildProcess.terminate(trees, GRACE);
        return leftovers;
    }

    private static String markerArgument(Path dataDir) {
        return "-D" + MARKER_PROPERTY + "=" + dataDir;
    }
}
