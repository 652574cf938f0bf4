package io.newsflow.localrun.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleProgressTest {

    private final SampleProgress progress = new SampleProgress();

    @Test
    void isCompleteOnceEveryAcceptedSampleCameOutEnriched() {
        progress.posted(PostResult.accepted("a.txt", "samples:a", "partition 0"));
        progress.posted(PostResult.accepted("b.json", "samples:b", "partition 1"));
        progress.enriched("samples:a");

        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.missing()).containsExactly("b.json (samples:b)");

        progress.enriched("samples:b");

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.missing()).isEmpty();
        assertThat(progress.failures()).isEmpty();
    }

    @Test
    void countsAnEnrichedEventThatArrivedBeforeItsPostWasAnswered() {
        progress.enriched("samples:fast");
        progress.posted(PostResult.accepted("fast.txt", "samples:fast", "partition 0"));

        assertThat(progress.isComplete()).isTrue();
    }

    @Test
    void ignoresEnrichedEventsOfArticlesItDidNotPost() {
        progress.posted(PostResult.accepted("a.txt", "samples:a", "partition 0"));
        progress.enriched("someone-else:z");

        assertThat(progress.isComplete()).isFalse();
    }

    @Test
    void reportsRejectedSamplesAsFailures() {
        progress.posted(PostResult.rejected("broken.json", "HTTP 400: body is missing"));

        assertThat(progress.failures()).containsExactly("broken.json was rejected: HTTP 400: body is missing");
    }

    @Test
    void reportsDeadLetteredSamplesAsFailures() {
        progress.posted(PostResult.accepted("a.txt", "samples:a", "partition 0"));
        progress.deadLettered("samples:a", "no language detected");
        progress.deadLettered("someone-else:z", "not ours");

        assertThat(progress.failures())
                .containsExactly("a.txt (samples:a) went to the dead-letter topic: no language detected");
    }
}
