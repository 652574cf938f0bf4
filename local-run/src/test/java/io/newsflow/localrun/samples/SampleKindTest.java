package io.newsflow.localrun.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleKindTest {

    @Test
    void postsTextFilesAsPlainText() {
        assertThat(SampleKind.of("central-bank-rates.txt")).contains(SampleKind.PLAIN_TEXT);
        assertThat(SampleKind.PLAIN_TEXT.contentType()).startsWith("text/plain");
        assertThat(SampleKind.PLAIN_TEXT.path()).isEqualTo("/api/v1/articles");
    }

    @Test
    void postsJsonFilesAsOneJsonArticle() {
        assertThat(SampleKind.of("election-ninjs.json")).contains(SampleKind.JSON);
        assertThat(SampleKind.JSON.contentType()).isEqualTo("application/json");
        assertThat(SampleKind.JSON.path()).isEqualTo("/api/v1/articles");
        assertThat(SampleKind.JSON.isBatch()).isFalse();
    }

    @Test
    void postsNdjsonFilesToTheBatchEndpoint() {
        assertThat(SampleKind.of("wire-batch.ndjson")).contains(SampleKind.NDJSON);
        assertThat(SampleKind.NDJSON.contentType()).isEqualTo("application/x-ndjson");
        assertThat(SampleKind.NDJSON.path()).isEqualTo("/api/v1/articles/batch");
        assertThat(SampleKind.NDJSON.isBatch()).isTrue();
    }

    @Test
    void ignoresCaseOfTheExtension() {
        assertThat(SampleKind.of("PORT-STRIKE.JSON")).contains(SampleKind.JSON);
        assertThat(SampleKind.of("Notes.TXT")).contains(SampleKind.PLAIN_TEXT);
    }

    @Test
    void skipsFilesThatAreNotArticles() {
        assertThat(SampleKind.of("README.md")).isEmpty();
        assertThat(SampleKind.of("port-strike.json~")).isEmpty();
        assertThat(SampleKind.of(".hidden.json")).isEmpty();
        assertThat(SampleKind.of("archive.json.gz")).isEmpty();
    }
}
