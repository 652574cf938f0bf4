package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.LinkCandidate;
import io.newsflow.enrich.linking.LinkIndex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of type evidence alone, with a link index made for the test. */
class TypeRepairTest {
    private static final TypeRepair REPAIR = new TypeRepair(LinkIndex.of(Map.of(
            "torino", new LinkCandidate("Torino_F.C.", 0.7),
            "west bank", new LinkCandidate("West_Bank", 0.95),
            "ford", new LinkCandidate("Ford_Motor_Company", 0.6),
            "spree", new LinkCandidate("Spree", 0.9),
            "rhine", new LinkCandidate("Rhine_River", 0.9),
            "kafelnikov", new LinkCandidate("Yevgeny_Kafelnikov", 0.9))));

    @Test
    void aPlaceWhoseArticleIsAClubIsTheClubInEveryMention() {
        String text = "Lentini joined Milan from Torino. Torino paid.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "LOCATION", "Torino", 0), at(text, "LOCATION", "Torino", 1)),
                text))).containsExactly("ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void aPlaceWhoseTitleMerelyContainsAnInstitutionWordStaysAPlace() {
        String text = "Settlers in the West Bank protested.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "LOCATION", "West Bank", 0)), text)))
                .containsExactly("LOCATION");
    }

    @Test
    void aOneWordPersonIsNotRetypedByAFirmThatBearsTheName() {
        String text = "Ford said he would run again.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "PERSON", "Ford", 0)), text))).containsExactly("PERSON");
    }

    @Test
    void aPersonWhoseArticleIsARiverIsAPlace() {
        String text = "Barges on Rhine were stopped.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "PERSON", "Rhine", 0)), text))).containsExactly("LOCATION");
    }

    @Test
    void aNameBesideALowerCaseFeatureNounIsAPlace() {
        String text = "Boats on the Spree river and a talk by Kafelnikov.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "PERSON", "Spree", 0), at(text, "PERSON", "Kafelnikov", 0)),
                text))).containsExactly("LOCATION", "PERSON");
    }

    @Test
    void aNameOpeningWithAnInstitutionWordAndOfIsAnOrganisation() {
        String text = "Economists at Banco de Portugal and the Universidad de Chile agreed.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "LOCATION", "Banco de Portugal", 0),
                at(text, "LOCATION", "Universidad de Chile", 0)), text)))
                .containsExactly("ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void leavesMiscAlone() {
        String text = "The Rhine Cup starts.";

        assertThat(labels(REPAIR.repair(List.of(at(text, "MISC", "Rhine", 0)), text))).containsExactly("MISC");
    }

    /** The {@code occurrence}-th occurrence of {@code name} in {@code text}, as a mention. */
    private static NerSpan at(String text, String label, String name, int occurrence) {
        int start = text.indexOf(name);
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(name, start + 1);
        }
        return new NerSpan(label, start, start + name.length(), name, 0);
    }

    private static List<String> labels(List<NerSpan> mentions) {
        return mentions.stream().map(NerSpan::label).toList();
    }
}
