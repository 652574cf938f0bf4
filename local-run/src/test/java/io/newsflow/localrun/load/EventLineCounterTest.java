package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventLineCounterTest {

    @Test
    void countsEventLinesSplitAcrossReadsAndSkipsOtherOutput() {
        OfflineBaseline.EventLineCounter counter = new OfflineBaseline.EventLineCounter();

        int first = counter.feed(bytes("WARN model loaded\n{\"id\":\"a\"}\n{\"id\":"));
        int second = counter.feed(bytes("\"b\"}"));
        int third = counter.feed(bytes("\nenrich: x.json: not valid JSON\n{}\n"));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(third).isEqualTo(2);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
