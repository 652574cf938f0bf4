package io.newsflow.common.cloudevents;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventHeadersTest {
    private static final CloudEventAttributes ATTRIBUTES = new CloudEventAttributes(
            "5f1c0e0a9b7d4c2e8a6f3b1d0c9e8f7a", "/newsflow/ingest/vestvik-post",
            CloudEventAttributes.RAW_ARTICLE_TYPE, Instant.parse("2025-04-08T07:15:42.123Z"),
            "vestvik-post:night-ferry-trial");

    @Test
    void readsBackWhatItWrote() {
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(headers, ATTRIBUTES);

        assertThat(CloudEventHeaders.read(headers)).isEqualTo(ATTRIBUTES);
        assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(headers, "content-type")).isEqualTo("application/json");
        assertThat(text(headers, "ce_time")).isEqualTo("2025-04-08T07:15:42.123Z");
    }

    @Test
    void leavesSubjectOutWhenThereIsNone() {
        CloudEventAttributes withoutSubject = new CloudEventAttributes(ATTRIBUTES.id(), ATTRIBUTES.source(),
                ATTRIBUTES.type(), ATTRIBUTES.time(), null);
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(headers, withoutSubject);

        assertThat(headers.lastHeader(CloudEventHeaders.SUBJECT)).isNull();
        assertThat(CloudEventHeaders.read(headers)).isEqualTo(withoutSubject);
    }

    @Test
    void rewritingReplacesHeadersInsteadOfDuplicatingThem() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ATTRIBUTES);

        CloudEventHeaders.write(headers, ATTRIBUTES);

        assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
    }

    @Test
    void refusesHeadersWithoutCeIdNamingTheHeader() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ATTRIBUTES);
        headers.remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void refusesAnotherSpecVersion() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ATTRIBUTES);
        headers.remove(CloudEventHeaders.SPEC_VERSION);
        headers.add(CloudEventHeaders.SPEC_VERSION, "0.3".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.3")
                .hasMessageContaining("ce_specversion");
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
