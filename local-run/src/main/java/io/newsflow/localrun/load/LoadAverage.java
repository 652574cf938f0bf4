package io.newsflow.localrun.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average, printed beside every figure: on two shared cores a single enrich thread's share
 * of the CPU follows what else runs, so a throughput without the load it was measured at cannot be compared.
 */
final class LoadAverage {
    private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /** The 1-, 5- and 15-minute load averages as /proc/loadavg gives them, or "?" where it cannot be read. */
    static String now() {
        try {
            return of(Files.readString(PROC_LOADAVG));
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    static String of(String procLoadavg) {
        String[] fields = procLoadavg.trim().split("\\s+");
        return fields.length < 3 ? "?" : fields[0] + " " + fields[1] + " " + fields[2];
    }
}
