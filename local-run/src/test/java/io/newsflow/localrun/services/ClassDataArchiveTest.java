package io.newsflow.localrun.services;

import io.newsflow.localrun.process.ChildProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchiveTest {
    @TempDir
    Path dir;

    @Test
    void livesBesideTheJarAndStartsTheServiceFromTheUnpackedJarWithTheArchive() throws IOException {
        Path jar = jar("newsflow-enrich-service-0.1.0-SNAPSHOT-exec.jar");
        ClassDataArchive archive = ClassDataArchive.of(jar);

        assertThat(archive.directory()).isEqualTo(dir.resolve("cds").resolve("newsflow-enrich-service-0.1.0-SNAPSHOT-exec"));
        assertThat(archive.isCurrent()).as("nothing made yet").isFalse();
        assertThat(archive.launchArguments()).containsSubsequence(
                "-XX:SharedArchiveFile=" + archive.archiveFile(), "-jar", archive.extractedJar().toString());
    }

    @Test
    void isCurrentOnlyForTheJarItWasMadeFrom() throws IOException {
        Path jar = jar("service.jar");
        ClassDataArchive archive = madeBySomeEarlierRun(jar);
        assertThat(archive.isCurrent()).isTrue();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertThat(archive.isCurrent()).as("after a rebuild of the jar").isFalse();
    }

    @Test
    void aLostArchiveFileIsNotCurrentEvenWithItsStamp() throws IOException {
        Path jar = jar("service.jar");
        ClassDataArchive archive = madeBySomeEarlierRun(jar);

        Files.delete(archive.archiveFile());

        assertThat(archive.isCurrent()).isFalse();
    }

    @Test
    void aJarSpringBootCannotUnpackGivesTheReasonAndNoArchive() throws Exception {
        Path jar = jar("not-spring-boot.jar");
        ChildProcesses children = new ChildProcesses(dir);
        try {
            Optional<String> failure = ClassDataArchive.of(jar).make("plain", java.util.List.of(), children,
                    Duration.ofSeconds(60));

            assertThat(failure).hasValueSatisfying(why -> assertThat(why)
                    .contains("plain (unpacking for class-data sharing) exited with code")
                    .contains("extract.log"));
            assertThat(ClassDataArchive.of(jar).isCurrent()).isFalse();
        } finally {
            children.stopAll();
        }
    }

    private ClassDataArchive madeBySomeEarlierRun(Path jar) throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar);
        Files.createDirectories(archive.extractedJar().getParent());
        Files.write(archive.extractedJar(), new byte[]{1});
        Files.write(archive.archiveFile(), new byte[]{1});
        archive.writeStamp();
        return archive;
    }

    /** A jar with a manifest and no main class: {@code java -jar} refuses it, whatever the jar mode. */
    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("README"));
            out.write("not a service".getBytes());
            out.closeEntry();
        }
        return jar;
    }
}
