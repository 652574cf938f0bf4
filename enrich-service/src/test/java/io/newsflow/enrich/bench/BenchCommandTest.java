package io.newsflow.enrich.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench command's report, checked for content, never for speed. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void reportsPipelineAndCoreNlpBaselineAndStageTimes() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), """
                Harbour board approves new ferry terminal in Bergen

                The Bergen harbour board approved a new ferry terminal on Thursday, chair Ingrid Solberg said.
                """);

        int status = bench().run("--warmup", "0s", "--measure", "1s", article.toString());

        assertThat(status).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).containsPattern("bench pipeline articles=[1-9]\\d* tokens=[1-9]\\d* articles/s=")
                .containsPattern("bench corenlp-tokenize-ssplit-ner articles=[1-9]\\d* tokens=[1-9]\\d*")
                .containsPattern("bench stage-ms-per-article clean=\\d+\\.\\d+ entities=.* ner=.* ninjs=.* segment=.* "
                        + "sentiment=.* topics=")
                .containsPattern("bench topics\\+sentiment ms/article=\\d+\\.\\d+ ner ms/article=[0-9.]+ "
                        + "share-of-ner=\\d\\.\\d{3}")
                .containsPattern("bench thread-cpu pipeline ms/article=\\d+\\.\\d\\d baseline ms/article=\\d+\\.\\d\\d "
                        + "speed-vs-ner-only=\\d+\\.\\d{3}")
                // CoreNLP's CRF alone allocates megabytes per article; zero would mean the figure is not measured
                .containsPattern("bench allocated pipeline kB/article=[1-9]\\d* baseline kB/article=[1-9]\\d*");
    }

    @Test
    void measuresCoNllDocumentsAsSeparateArticlesBesideTheFiles() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), """
                Harbour board approves new ferry terminal in Bergen

                The Bergen harbour board approved a new ferry terminal on Thursday, chair Ingrid Solberg said.
                """);
        Path conll = Files.writeString(dir.resolve("mini.conll"), """
                -DOCSTART- -X- O O

                FERRIES NNS I-NP O
                RESUME VBP I-VP O

                OSLO NNP I-NP I-LOC
                1996-08-30 CD I-NP O

                Ferries NNS I-NP O
                resumed VBD I-VP O
                . . O O

                -DOCSTART- -X- O O

                RAIN NN I-NP O
                FALLS VBZ I-VP O

                Rain NN I-NP O
                fell VBD I-VP O
                in IN I-PP O
                Bergen NNP I-NP I-LOC
                . . O O
                """);

        int status = bench().run("--warmup", "0s", "--measure", "1s", "--conll", conll.toString(), article.toString());

        assertThat(status).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("bench corpus=files articles=1 ", "bench corpus=conll-documents articles=2 ")
                .containsPattern("speed-vs-ner-only=\\d\\.\\d{3}");
    }

    @Test
    void measuresOnlyTheStagesAskedFor() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), """
                Harbour board approves new ferry terminal in Bergen

                The Bergen harbour board approved a new ferry terminal on Thursday, chair Ingrid Solberg said.
                """);

        int status = bench().run("--warmup", "0s", "--measure", "1s", "--stages", "clean,language,segment,ner",
                article.toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("bench stage-ms-per-article clean=\\d+\\.\\d+ language=[0-9.]+ ner=[0-9.]+ "
                        + "segment=[0-9.]+\n");
    }

    @Test
    void refusesAnUnknownStage() throws IOException {
        Path conll = Files.writeString(dir.resolve("x.conll"), """
                -DOCSTART- -X- O O

                RAIN NN I-NP O

                Rain NN I-NP O
                fell VBD I-VP O
                """);

        int status = bench().run("--stages", "clean,quotez", "--conll", conll.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("quotez");
    }

    @Test
    void failsOnUnreadableInput() {
        int status = bench().run("--warmup", "0s", "--measure", "1s", dir.resolve("missing.txt").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
    }

    private BenchCommand bench() {
        return new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
