package io.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AG News rows we wrote in the corpus's own format, HTML debris included. */
class AgNewsReaderTest {
    @TempDir
    Path dir;

    @Test
    void undoesTheCorpusHtmlRemnants() {
        assertThat(AgNewsReader.clean("Rovers #39; striker fined #36;5,000\\ after quot;rash quot; tackle"))
                .isEqualTo("Rovers ' striker fined $5,000  after \"rash \" tackle");
        assertThat(AgNewsReader.clean("Chip maker AT amp;T &lt;b&gt;...&lt;/b&gt;"))
                .isEqualTo("Chip maker AT &T    ");
        assertThat(AgNewsReader.clean("Price war #151; again")).isEqualTo("Price war   again");
    }

    @Test
    void readsLabelledRowsWithOrWithoutAHeader() throws IOException {
        Path file = dir.resolve("ag.csv");
        Files.writeString(file, "label,title,description\n"
                + "2,\"Rovers win cup\",\"Rovers beat City 2-1 in the final.\"\n"
                + "4,Chip launched,\"A new chip, faster than the last.\"\n");

        List<AgNewsItem> items = new AgNewsReader().read(file);

        assertThat(items).extracting(AgNewsItem::label).containsExactly(2, 4);
        assertThat(items).extracting(AgNewsItem::record).as("CSV record numbers, the header being record 1")
                .containsExactly(2, 3);
        assertThat(items.get(1).description()).isEqualTo("A new chip, faster than the last.");
    }

    @Test
    void namesTheRecordThatIsNotAnAgNewsRow() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "2,title,description\n7,title,description\n");

        assertThatThrownBy(() -> new AgNewsReader().read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("record 2");
    }
}
