package io.newsflow.localrun.process;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM for {@link ChildProcessesTest} to stop: it starts one more JVM (a descendant), says so on stdout, and
 * waits. With {@code stubborn} a shutdown hook that never returns makes it ignore SIGTERM.
 */
public final class ProcessTreeFixture {
    static final String READY = "process tree fixture is running";

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        if (options.contains("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(ProcessTreeFixture::sleepForever));
        }
        if (!options.contains("leaf")) {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ProcessTreeFixture.class.getName(), "leaf")
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD)
                    .start();
            System.out.println(READY);
        }
        sleepForever();
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
