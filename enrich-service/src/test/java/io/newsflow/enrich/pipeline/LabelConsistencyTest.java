package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsflow.enrich.pipeline.MentionClustererTest.mentions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class LabelConsistencyTest {

    @Test
    void givesEveryOccurrenceOfANameTheMajorityLabel() {
        List<NerSpan> relabelled = LabelConsistency.relabelByMajority(mentions(
                "PERSON:Ortiz", "MISC:Ortiz", "PERSON:ortiz", "LOCATION:Paraguay"));

        assertThat(relabelled).extracting(NerSpan::label).containsExactly("PERSON", "PERSON", "PERSON", "LOCATION");
    }

    @Test
    void breaksATieInFavourOfTheMoreSpecificLabel() {
        List<NerSpan> relabelled = LabelConsistency.relabelByMajority(mentions(
                "MISC:Ortiz", "PERSON:Ortiz", "ORGANIZATION:Acme", "MISC:Acme"));

        assertThat(relabelled).extracting(NerSpan::label)
                .containsExactly("PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void keepsOffsetsAndTextWhenRelabelling() {
        List<NerSpan> original = mentions("MISC:Ortiz", "PERSON:Ortiz", "PERSON:Ortiz");

        List<NerSpan> relabelled = LabelConsistency.relabelByMajority(original);

        assertThat(relabelled).extracting(NerSpan::start, NerSpan::end, NerSpan::text)
                .isEqualTo(original.stream().map(s -> tuple(s.start(), s.end(), s.text())).toList());
    }

    @Test
    void keepsThePlaceLabelsOfANameMostlyLabelledAnOrganisation() {
        List<NerSpan> relabelled = LabelConsistency.relabelByMajority(mentions(
                "ORGANIZATION:Chicago", "ORGANIZATION:Chicago", "LOCATION:Chicago", "ORGANIZATION:ASUNCIÓN",
                "LOCATION:Asunción", "LOCATION:Asunción"));

        assertThat(relabelled).extracting(NerSpan::label)
                .containsExactly("ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION", "LOCATION", "LOCATION");
    }

    @Test
    void givesAOneWordNameThePersonsLabelWhenItIsTheSurnameOfAPersonNamedInFull() {
        List<NerSpan> relabelled = LabelConsistency.personBySurname(mentions(
                "PERSON:Marcus Washington", "LOCATION:Washington", "LOCATION:Texas", "MISC:Washington Post"));

        assertThat(relabelled).extracting(NerSpan::label)
                .containsExactly("PERSON", "PERSON", "LOCATION", "MISC");
    }
}
