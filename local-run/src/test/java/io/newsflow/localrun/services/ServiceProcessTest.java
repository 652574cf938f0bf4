package io.newsflow.localrun.services;

import io.newsflow.localrun.process.ChildProcess;
import io.newsflow.localrun.process.ChildProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {
    @TempDir
    Path dir;

    @Test
    void startsTheServiceJvmWithItsOptionsBeforeTheJar() throws Exception {
        String printed = startAndRead(List.of("-XX:+UseParallelGC", "-Dnewsflow.marker=on"));

        assertThat(printed).contains("PS Scavenge", "marker=on");
        // the service's own arguments still come after the jar
        assertThat(printed).contains("args=--spring.kafka.bootstrap-servers=127.0.0.1:1");
    }

    @Test
    void withoutOptionsTheJvmKeepsItsDefaultCollector() throws Exception {
        assertThat(startAndRead(List.of())).doesNotContain("PS Scavenge", "marker=on");
    }

    /** Starts the printing jar as a service with these JVM options, waits for it to exit and reads its log. */
    private String startAndRead(List<String> jvmOptions) throws Exception {
        Path jar = jarPrintingItsJvm();
        Path log = dir.resolve("printer-" + jvmOptions.size() + ".log");
        ChildProcesses children = new ChildProcesses(dir);
        try {
            ChildProcess process = new ServiceProcess("printer", jar, 1, log, List.of(), false)
                    .withJvmOptions(jvmOptions)
                    .start("127.0.0.1:1", children);

            assertThat(process.awaitExit(Duration.ofSeconds(60))).hasValue(0);
            return Files.readString(log);
        } finally {
            children.stopAll();
        }
    }

    /** A jar whose main prints its collectors' names, a system property and its first argument. */
    private Path jarPrintingItsJvm() throws IOException {
        Path source = dir.resolve("src").resolve("Printer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                public class Printer {
                    public static void main(String[] args) {
                        String collector = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
                                .stream().map(bean -> bean.getName()).toList().toString();
                        System.out.println("collector=" + collector + " marker=" + System.getProperty("newsflow.marker")
                                + " args=" + (args.length > 0 ? args[0] : ""));
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Printer");
        Path jar = dir.resolve("printer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Printer.class"));
            out.write(Files.readAllBytes(classes.resolve("Printer.class")));
            out.closeEntry();
        }
        return jar;
    }
}
