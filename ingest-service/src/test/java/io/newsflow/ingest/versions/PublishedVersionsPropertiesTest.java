package io.newsflow.ingest.versions;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PublishedVersionsPropertiesTest {

    @Test
    void acceptsTheDefaults() {
        assertThatNoException().isThrownBy(() ->
                new PublishedVersionsProperties("state", 3, (short) 1, Duration.ofMillis(500)));
    }

    @Test
    void refusesATopicWithoutPartitions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PublishedVersionsProperties("state", 0, (short) 1, Duration.ofMillis(500)))
                .withMessageContaining("newsflow.ingest.versions.partitions");
    }

    @Test
    void refusesAPollTimeoutThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PublishedVersionsProperties("state", 3, (short) 1, Duration.ZERO))
                .withMessageContaining("newsflow.ingest.versions.poll-timeout");
    }
}
