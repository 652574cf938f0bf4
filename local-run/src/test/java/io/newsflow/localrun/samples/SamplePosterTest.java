package io.newsflow.localrun.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SamplePosterTest {

    @TempDir
    Path samples;

    @Test
    void postsOnlyArticleFilesInNameOrder() throws Exception {
        for (String name : new String[] {"b-story.json", "README.md", "a-story.txt", "c-batch.ndjson", "notes.json~"}) {
            Files.writeString(samples.resolve(name), "x");
        }
        Files.createDirectories(samples.resolve("d-folder.json"));

        assertThat(SamplePoster.samplesIn(samples)).extracting(path -> path.getFileName().toString())
                .containsExactly("a-story.txt", "b-story.json", "c-batch.ndjson");
    }

    @Test
    void hasNothingToPostFromAMissingDirectory() throws Exception {
        assertThat(SamplePoster.samplesIn(samples.resolve("absent"))).isEmpty();
    }

    @Test
    void readsTheIdAndWhereTheRawEventWent() {
        PostResult result = SamplePoster.result("port-strike.json",
                "{\"id\":\"samples:abc\",\"version\":\"1\",\"topic\":\"newsflow.articles.raw.v1\",\"partition\":2,\"offset\":7}");

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.articleId()).isEqualTo("samples:abc");
        assertThat(result.detail()).isEqualTo("version 1, newsflow.articles.raw.v1 partition 2 offset 7");
    }

    @Test
    void readsAnAcceptedBatchLine() {
        PostResult result = SamplePoster.result("wire.ndjson line 1", "{\"line\":1,\"status\":202,\"id\":\"samples:w1\","
                + "\"version\":\"2\",\"topic\":\"newsflow.articles.raw.v1\",\"partition\":0,\"offset\":11}");

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.articleId()).isEqualTo("samples:w1");
        assertThat(result.detail()).isEqualTo("version 2, newsflow.articles.raw.v1 partition 0 offset 11");
    }

    @Test
    void treatsARefusedBatchLineAsRejectedWithTheProblemDetail() {
        PostResult result = SamplePoster.result("wire.ndjson line 2", "{\"line\":2,\"status\":400,\"problem\":"
                + "{\"title\":\"Invalid article\",\"status\":400,\"detail\":\"headline is missing\"}}");

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.detail()).isEqualTo("status 400: headline is missing");
    }

    @Test
    void treatsABatchLineKafkaDidNotAcknowledgeAsRejectedAlthoughItHasAnId() {
        PostResult result = SamplePoster.result("wire.ndjson line 3", "{\"line\":3,\"status\":503,\"id\":\"samples:w3\","
                + "\"version\":\"1\",\"problem\":{\"status\":503,\"detail\":\"Kafka did not acknowledge in time\"}}");

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.detail()).isEqualTo("status 503: Kafka did not acknowledge in time");
    }

    @Test
    void treatsAnAnswerThatIsNotJsonAsRejected() {
        PostResult result = SamplePoster.result("a.txt", "<html>proxy error</html>");

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.detail()).contains("not JSON", "<html>proxy error</html>");
    }
}
