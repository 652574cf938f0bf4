package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MentionClustererTest {

    @Test
    void joinsSurnameToTheFullNameAndNamesThePersonInFull() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "PERSON:Ortiz", "PERSON:Daniel Ortiz", "PERSON:Ortiz", "PERSON:Ann Roe"));

        assertThat(clusters).extracting(MentionCluster::canonicalName, c -> c.mentions().size())
                .containsExactly(tuple("Daniel Ortiz", 3), tuple("Ann Roe", 1));
    }

    @Test
    void joinsNamesThatDifferOnlyInAccentsOrCase() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "PERSON:Nicolás Ortiz", "PERSON:Nicolas Ortiz", "LOCATION:ASUNCIÓN", "LOCATION:Asunción",
                "LOCATION:Asunción"));

        assertThat(clusters).extracting(MentionCluster::canonicalName, c -> c.mentions().size())
                .containsExactly(tuple("Nicolás Ortiz", 2), tuple("Asunción", 3));
    }

    @Test
    void givesASharedSurnameToThePersonNamedMostRecently() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "PERSON:Ann Roe", "PERSON:Roe", "PERSON:Tom Roe", "PERSON:Roe"));

        assertThat(clusters).extracting(MentionCluster::canonicalName,
                        c -> c.mentions().stream().map(NerSpan::start).toList())
                .containsExactly(tuple("Ann Roe", List.of(0, 100)), tuple("Tom Roe", List.of(200, 300)));
    }

    @Test
    void keepsDifferentTypesApartEvenWithTheSameWords() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions("PERSON:Jordan Lee", "LOCATION:Jordan"));

        assertThat(clusters).hasSize(2);
    }

    @Test
    void doesNotJoinOrganisationsByPartialName() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "ORGANIZATION:National Security Council", "ORGANIZATION:Security Council"));

        assertThat(clusters).hasSize(2);
    }

    @Test
    void joinsAcronymToTheFullNameItSpells() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "ORGANIZATION:OAS", "ORGANIZATION:Organization of American States", "LOCATION:U.S.",
                "LOCATION:United States", "LOCATION:U.S."));

        assertThat(clusters).extracting(MentionCluster::type, MentionCluster::canonicalName, c -> c.mentions().size())
                .containsExactly(tuple("ORGANIZATION", "Organization of American States", 2),
                        tuple("LOCATION", "United States", 3));
    }

    @Test
    void leavesAcronymAloneWhenTwoFullNamesSpellIt() {
        List<MentionCluster> clusters = MentionClusterer.cluster(mentions(
                "ORGANIZATION:NSC", "ORGANIZATION:National Security Council",
                "ORGANIZATION:National Sports Committee"));

        assertThat(clusters).hasSize(3);
    }

    /** Mentions written "LABEL:text", placed 100 characters apart in the given order. */
    static List<NerSpan> mentions(String... labelled) {
        List<NerSpan> spans = new ArrayList<>();
        for (String entry : labelled) {
            String[] parts = entry.split(":", 2);
            int start = spans.size() * 100;
            spans.add(new NerSpan(parts[0], start, start + parts[1].length(), parts[1], spans.size()));
        }
        return spans;
    }
}
