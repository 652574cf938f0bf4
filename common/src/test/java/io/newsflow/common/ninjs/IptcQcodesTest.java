package io.newsflow.common.ninjs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IptcQcodesTest {

    @Test
    void mapsAMediaTopicQcodeToItsUriAndBack() {
        assertThat(IptcQcodes.toUri("medtop:04000000")).hasValue("http://cv.iptc.org/newscodes/mediatopic/04000000");
        assertThat(IptcQcodes.toQcode("http://cv.iptc.org/newscodes/mediatopic/04000000")).hasValue("medtop:04000000");
        assertThat(IptcQcodes.toQcode("https://cv.iptc.org/newscodes/mediatopic/04000000/")).hasValue("medtop:04000000");
    }

    @Test
    void knowsOnlyIptcSchemes() {
        assertThat(IptcQcodes.toUri("acme:harbours")).isEmpty();
        assertThat(IptcQcodes.toUri("medtop:")).isEmpty();
        assertThat(IptcQcodes.toUri("04000000")).isEmpty();
        assertThat(IptcQcodes.toQcode("http://cv.iptc.org/newscodes/unknownscheme/1")).isEmpty();
        assertThat(IptcQcodes.toQcode("https://vocab.example.com/ports")).isEmpty();
    }

    @Test
    void writesAnIptcSubjectInTheFormEnrichmentUses() {
        NinjsSubject subject = IptcQcodes.subject(" medtop:04000000 ", "economy, business and finance");

        assertThat(subject.uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/04000000");
        assertThat(subject.literal()).isEqualTo("medtop:04000000");
        assertThat(subject.name()).isEqualTo("economy, business and finance");
    }
}
