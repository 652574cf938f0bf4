package io.newsflow.enrich.consume;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureKindTest {

    @Test
    void aSendThatTimedOutWhileTheBrokerWasAwayRollsTheBatchBackEvenWhenSpringWrapsIt() {
        // what KafkaTemplate throws when the broker is down for longer than max.block.ms
        RuntimeException sendFailed = new org.springframework.kafka.KafkaException("Send failed",
                new TimeoutException("Topic newsflow.articles.enriched.v1 not present in metadata after 10000 ms."));

        assertThat(FailureKind.of(sendFailed)).isEqualTo(FailureKind.KAFKA);
        assertThat(FailureKind.of(new TimeoutException("request timed out"))).isEqualTo(FailureKind.KAFKA);
    }

    @Test
    void badBytesArePermanentAndEverythingElseIsTriedAgain() {
        assertThat(FailureKind.of(new SerializationException("not JSON"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new IllegalStateException("a stage broke",
                new SerializationException("nested")))).isEqualTo(FailureKind.RETRYABLE);
        assertThat(FailureKind.of(new IllegalStateException("a stage broke"))).isEqualTo(FailureKind.RETRYABLE);
    }
}
