package io.newsflow.enrich.eval;

import io.newsflow.enrich.cli.OutputFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code docs/quality.md}: the figures of one {@code eval} run with what is needed to reproduce and judge them,
 * the date, the exact command and the machine.
 */
final class QualityReport {
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private QualityReport() {
    }

    static String render(String command, List<TaskResult> results) {
        StringBuilder md = new StringBuilder("# newsflow quality figures\n\n");
        md.append("Written by the `eval` command; run it again rather than editing this file.\n\n");
        md.append("- date: ").append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC)\n");
        md.append("- command: `").append(command).append("`\n");
        md.append("- machine: ").append(machine()).append("\n\n");
        md.append("| summary |\n|---------|\n");
        results.forEach(result -> md.append("| `").append(result.summaryLine()).append("` |\n"));
        results.forEach(result -> md.append('\n').append(result.markdown()));
        return md.toString();
    }

    static void write(Path file, String command, List<TaskResult> results) throws IOException {
        Files.writeString(OutputFiles.withParents(file), render(command, results));
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("%s%d cores available, %s %s %s, Java %s (%s)",
                cpuModel().map(model -> model + ", ").orElse(""), runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.version(), System.getProperty("java.vm.name"));
    }

    /** Linux names the processor in /proc/cpuinfo; elsewhere the model is left out rather than guessed. */
    private static Optional<String> cpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(CPU_INFO)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
