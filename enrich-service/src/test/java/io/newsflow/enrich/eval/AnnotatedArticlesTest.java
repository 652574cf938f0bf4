package io.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotatedArticlesTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("set.txt"), text);
    }

    @Test
    void cutsTheFileIntoArticlesWithAttributesTextAndGoldLines() throws IOException {
        Path file = file("""
                # a comment
                === first
                @published 2026-12-07
                Harbour volumes rise

                Rotterdam said on Monday that volumes rose.
                @not an attribute once the text has begun
                --- gold
                Monday || DATE

                === second
                Quiet day

                Nothing happened.
                --- gold
                """);

        var articles = AnnotatedArticles.read(file);

        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).id()).isEqualTo("first");
        assertThat(articles.get(0).attributes()).containsExactlyEntriesOf(java.util.Map.of("published", "2026-12-07"));
        assertThat(articles.get(0).headline()).isEqualTo("Harbour volumes rise");
        assertThat(articles.get(0).body()).isEqualTo("Rotterdam said on Monday that volumes rose.\n"
                + "@not an attribute once the text has begun");
        assertThat(articles.get(0).gold()).containsExactly(new AnnotatedArticles.GoldLine(9, "Monday || DATE"));
        assertThat(articles.get(1).attributes()).isEmpty();
        assertThat(articles.get(1).gold()).isEmpty();
    }

    @Test
    void saysWhatIsWrongAndWhere() throws IOException {
        assertThatThrownBy(() -> AnnotatedArticles.read(file("stray text\n=== a\nH\n\nB\n--- gold\n")))
                .hasMessageContaining(":1: text before the first '=== id' line");
        assertThatThrownBy(() -> AnnotatedArticles.read(file("=== a\nH\n\nB\n")))
                .hasMessageContaining("article a has no '--- gold' line");
        assertThatThrownBy(() -> AnnotatedArticles.read(file("=== a\nHeadline only\n--- gold\n")))
                .hasMessageContaining("article a needs a headline, a blank line and a body");
    }
}
