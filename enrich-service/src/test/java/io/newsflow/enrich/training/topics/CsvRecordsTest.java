package io.newsflow.enrich.training.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "qcode,label\r\nmedtop:1,\"arts, culture\"\n2,\"say \"\"hi\"\"\nthere\"\n\n3,\n";

        assertThat(CsvRecords.parse(csv)).containsExactly(
                List.of("qcode", "label"),
                List.of("medtop:1", "arts, culture"),
                List.of("2", "say \"hi\"\nthere"),
                List.of("3", ""));
    }
}
