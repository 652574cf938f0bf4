package io.newsflow.enrich.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Reading eval's report lines ({@code task set name=value ...}) in the tests of the annotated-set tasks. */
final class EvalReportLines {
    private EvalReportLines() {
    }

    /** The value of the field {@code name=} on a report line. */
    static double figure(String line, String name) {
        for (String field : line.split(" ")) {
            if (field.startsWith(name + "=")) {
                return Double.parseDouble(field.substring(name.length() + 1));
            }
        }
        throw new AssertionError("no " + name + " in " + line);
    }

    /** A stream that swallows what it is given, for the output a test does not read. */
    static PrintStream silent() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
