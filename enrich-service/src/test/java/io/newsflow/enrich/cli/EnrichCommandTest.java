package io.newsflow.enrich.cli;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline enrich command, run as a user would: files and standard input in, JSON lines out. */
class EnrichCommandTest {
    private static final String PLAIN_TEXT = """
            The Valley GazetteTruth Over Noise

            Mayor Elena Ruiz opens new tram line in Seville

            Mayor Elena Ruiz cut the ribbon on the new tram line in Seville on Friday.

            Ruiz said the line, built by Siemens, would carry 40,000 passengers a day.
            """;
    private static final String SIMPLE_JSON = """
            {"headline": "Tomas Lindqvist named chief executive of Volvo",
             "body": "Volvo named Tomas Lindqvist chief executive on Monday. Lindqvist joins from Scania in Stockholm.",
             "url": "https://news.example.org/volvo-ceo?utm_source=feed"}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneValidEnrichedEventPerInputLine() throws IOException {
        Path text = Files.writeString(dir.resolve("tram.txt"), PLAIN_TEXT);

        int status = command(SIMPLE_JSON).run("--source", "desk", text.toString(), "-");

        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        lines.forEach(new EventSchemaValidator()::assertValidEnriched);
        EnrichedArticleEvent tram = EventJson.mapper().readValue(lines.get(0), EnrichedArticleEvent.class);
        assertThat(tram.id()).startsWith("desk:");
        assertThat(tram.ninjs().mainHeadline()).isEqualTo("Mayor Elena Ruiz opens new tram line in Seville");
        assertThat(tram.ninjs().people()).extracting(NinjsEntityRef::name).containsExactly("Elena Ruiz");
        EnrichedArticleEvent volvo = EventJson.mapper().readValue(lines.get(1), EnrichedArticleEvent.class);
        assertThat(volvo.id()).isEqualTo("desk:https://news.example.org/volvo-ceo");
        assertThat(volvo.ninjs().organisations()).extracting(NinjsEntityRef::name).contains("Volvo", "Scania");
    }

    @Test
    void reportsInvalidInputOnStandardErrorAndGoesOnWithTheNext() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"headline\": \"No body here\"}");
        Path good = Files.writeString(dir.resolve("good.txt"), PLAIN_TEXT);

        int status = command("").run(broken.toString(), dir.resolve("missing.txt").toString(), good.toString());

        assertThat(status).isEqualTo(EnrichCommand.SOME_INPUT_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("broken.json: not a valid article", "body")
                .contains("missing.txt: no such file");
    }

    @Test
    void rejectsUnknownOptionWithUsage() {
        int status = command("").run("--fast", "x.txt");

        assertThat(status).isEqualTo(EnrichCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast", "usage: enrich");
        assertThat(out.size()).isZero();
    }

    @Test
    void describesThePipelineStageByStageWithModelVersions() {
        int status = command("").run("--describe");

        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("pipeline newsflow-enrich/");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("clean", "language", "segment", "ner", "entities", "linking", "places", "quotes", "expressions", "topics", "sentiment",
                        "ninjs");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("topics: cleanedText, paragraphs -> topics "
                + "[newsflow-topics-1/"));
    }

    private EnrichCommand command(String stdin) {
        return new EnrichCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
