package io.newsflow.enrich.training.topics;

import edu.stanford.nlp.neural.Embedding;
import io.newsflow.enrich.topics.WordVectors;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversion of CoreNLP's embeddings, on a small Embedding object serialised as CoreNLP ships its own. */
class ImportWordVectorsCommandTest {
    @TempDir
    Path dir;

    @Test
    void convertsTheEmbeddingsInsideAModelsJarKeepingOnlyLookupWords() throws IOException {
        Path jar = dir.resolve("stanford-corenlp-models.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(CoreNlpEmbeddings.ENTRY));
            zip.write(serialisedEmbedding());
            zip.closeEntry();
        }
        Path out = dir.resolve("vectors.bin.gz");

        Run run = run("--corenlp-models", jar.toString(), "--out", out.toString());

        assertThat(run.status).isEqualTo(ImportWordVectorsCommand.OK);
        assertThat(run.out).contains("words=3", "dimension=2");
        WordVectors vectors;
        try (InputStream in = Files.newInputStream(out)) {
            vectors = WordVectors.read(in);
        }
        assertThat(vectors.contains("pitcher")).isTrue();
        assertThat(vectors.contains("00-yard")).isTrue();
        assertThat(vectors.contains("left-back")).isTrue();
        assertThat(vectors.contains("*UNK*")).isFalse();
        assertThat(vectors.contains(",")).isFalse();
        assertThat(run.out).contains("version=" + vectors.version());
    }

    @Test
    void readsTheEmbeddingsFileTakenOutOfTheJarToTheSameResult() throws IOException {
        Path file = dir.resolve("english-embeddings.ser.gz");
        Files.write(file, serialisedEmbedding());
        Path out = dir.resolve("vectors.bin.gz");

        Run run = run("--corenlp-models", file.toString(), "--out", out.toString());

        assertThat(run.status).isEqualTo(ImportWordVectorsCommand.OK);
        assertThat(run.out).contains("words=3");
    }

    @Test
    void namesTheMissingInputAndWritesNothing() {
        Path out = dir.resolve("vectors.bin.gz");

        Run run = run("--corenlp-models", dir.resolve("absent.jar").toString(), "--out", out.toString());

        assertThat(run.status).isEqualTo(ImportWordVectorsCommand.FAILED);
        assertThat(run.err).contains("absent.jar", "--corenlp-models");
        assertThat(out).doesNotExist();
    }

    @Test
    void saysWhenAJarHoldsNoEmbeddings() throws IOException {
        Path jar = dir.resolve("other.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("README"));
            zip.closeEntry();
        }

        Run run = run("--corenlp-models", jar.toString(), "--out", dir.resolve("v.bin.gz").toString());

        assertThat(run.status).isEqualTo(ImportWordVectorsCommand.FAILED);
        assertThat(run.err).contains("has no " + CoreNlpEmbeddings.ENTRY);
    }

    @Test
    void rejectsAnUnknownOption() {
        Run run = run("--dimension", "300");

        assertThat(run.status).isEqualTo(ImportWordVectorsCommand.USAGE);
        assertThat(run.err).contains("usage: import-word-vectors");
    }

    private static byte[] serialisedEmbedding() throws IOException {
        Map<String, SimpleMatrix> vectors = new HashMap<>();
        vectors.put("pitcher", new SimpleMatrix(new double[][] {{0.5}, {-1}}));
        vectors.put("00-yard", new SimpleMatrix(new double[][] {{1}, {0}}));
        vectors.put("left-back", new SimpleMatrix(new double[][] {{0.25}, {0.75}}));
        vectors.put("*UNK*", new SimpleMatrix(new double[][] {{0}, {0}}));
        vectors.put(",", new SimpleMatrix(new double[][] {{0.1}, {0.1}}));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(new Embedding(vectors));
        }
        return bytes.toByteArray();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ImportWordVectorsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
