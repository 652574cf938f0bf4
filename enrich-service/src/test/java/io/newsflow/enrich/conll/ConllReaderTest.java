package io.newsflow.enrich.conll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllReaderTest {
    @TempDir
    Path dir;

    /**
     * Two documents of our own; the first has two sentences, and its last one runs into the next document's
     * marker without a blank line.
     */
    private static final String TWO_DOCUMENTS = String.join("\n",
            ConllReader.DOCUMENT_START + " -X- -X- O", "",
            "Ines NNP I-NP I-PER", "sings VBZ I-VP O", "",
            "Lyon NNP I-NP I-LOC",
            ConllReader.DOCUMENT_START + " -X- -X- O", "",
            "Hello UH I-INTJ O", "");

    @Test
    void readsSentencesBetweenBlankLinesAndDocumentStarts() throws IOException {
        Path file = dir.resolve("two-docs.conll");
        Files.writeString(file, TWO_DOCUMENTS);

        assertThat(new ConllReader().read(file)).containsExactly(
                new ConllSentence(List.of("Ines", "sings"), List.of("I-PER", "O")),
                new ConllSentence(List.of("Lyon"), List.of("I-LOC")),
                new ConllSentence(List.of("Hello"), List.of("O")));
    }

    @Test
    void groupsTheSentencesByDocument() throws IOException {
        Path file = dir.resolve("docs.conll");
        Files.writeString(file, TWO_DOCUMENTS);

        assertThat(new ConllReader().readDocuments(file)).containsExactly(
                List.of(new ConllSentence(List.of("Ines", "sings"), List.of("I-PER", "O")),
                        new ConllSentence(List.of("Lyon"), List.of("I-LOC"))),
                List.of(new ConllSentence(List.of("Hello"), List.of("O"))));
    }

    @Test
    void takesTheTagFromTheLastColumnWhateverTheColumnCount() throws IOException {
        Path file = dir.resolve("two-columns.conll");
        Files.writeString(file, "Porto B-LOC\nwins O\n");

        assertThat(new ConllReader().read(file)).singleElement()
                .extracting(ConllSentence::tags).isEqualTo(List.of("B-LOC", "O"));
    }

    @Test
    void namesTheLineThatHasNoTag() throws IOException {
        Path file = dir.resolve("broken.conll");
        Files.writeString(file, "Porto B-LOC\nwins\n");

        assertThatThrownBy(() -> new ConllReader().read(file))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }
}
