package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.EntityLink;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsSubject;
import io.newsflow.common.ninjs.NinjsText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NinjsStageTest {
    private final NinjsStage ninjs = new NinjsStage("newsflow-topics-test");

    @Test
    void filesPeopleOrganisationsAndPlacesInSalienceOrderAndLeavesMiscOut() {
        NinjsItem enriched = ninjs.withEntities(item(List.of(), List.of(), List.of()), List.of(
                entity("E1", "PERSON", "Daniel Ortiz", 0.4, "Ortiz"),
                entity("E2", "LOCATION", "Paraguay", 0.3),
                entity("E3", "MISC", "Paraguayan", 0.15),
                entity("E4", "ORGANIZATION", "Inter-American Development Bank", 0.1),
                entity("E5", "PERSON", "Ann Roe", 0.05)));

        assertThat(enriched.people()).extracting(NinjsEntityRef::name, NinjsEntityRef::literal)
                .containsExactly(tuple("Daniel Ortiz", "E1"), tuple("Ann Roe", "E5"));
        assertThat(enriched.organisations()).extracting(NinjsEntityRef::name)
                .containsExactly("Inter-American Development Bank");
        assertThat(enriched.places()).extracting(NinjsEntityRef::name).containsExactly("Paraguay");
    }

    @Test
    void marksEntitiesWithAtLeastHalfTheTopSalienceAsWhatTheStoryIsAbout() {
        NinjsItem enriched = ninjs.withEntities(item(List.of(), List.of(), List.of()), List.of(
                entity("E1", "PERSON", "Daniel Ortiz", 0.4),
                entity("E2", "LOCATION", "Paraguay", 0.2),
                entity("E3", "PERSON", "Ann Roe", 0.19),
                entity("E4", "LOCATION", "Uruguay", 0.21)));

        assertThat(enriched.people()).extracting(NinjsEntityRef::name, NinjsEntityRef::rel)
                .containsExactly(tuple("Daniel Ortiz", "about"), tuple("Ann Roe", "mentioned"));
        assertThat(enriched.places()).extracting(NinjsEntityRef::name, NinjsEntityRef::rel)
                .containsExactly(tuple("Paraguay", "about"), tuple("Uruguay", "about"));
    }

    @Test
    void filesTopicsAsSubjectsWithIptcUriQcodeAndPercentages() {
        List<NinjsSubject> subjects = ninjs.withTopics(List.of(), List.of(
                new Enrichment.Topic("medtop:11000000", "politics", 1, null, 1.0, 0.874),
                new Enrichment.Topic("medtop:20000621", "election", 2, "medtop:11000000", 0.6, 0.516)));

        assertThat(subjects).extracting(NinjsSubject::name, NinjsSubject::uri, NinjsSubject::literal,
                        NinjsSubject::creator, NinjsSubject::relevance, NinjsSubject::confidence)
                .containsExactly(
                        tuple("politics", "http://cv.iptc.org/newscodes/mediatopic/11000000", "medtop:11000000",
                                "newsflow-topics-test", 100, 87),
                        tuple("election", "http://cv.iptc.org/newscodes/mediatopic/20000621", "medtop:20000621",
                                "newsflow-topics-test", 60, 52));
    }

    @Test
    void keepsAnEditorsSubjectForATopicTheModelAlsoFoundAndAddsTheRest() {
        NinjsSubject editors = new NinjsSubject("politics", null, null, "medtop:11000000", "desk", null, null, null);
        NinjsSubject keyword = new NinjsSubject("ferry", null, null, null, null, null, null, null);

        List<NinjsSubject> subjects = ninjs.withTopics(List.of(editors, keyword), List.of(
                new Enrichment.Topic("medtop:11000000", "politics", 1, null, 1.0, 0.9),
                new Enrichment.Topic("medtop:04000000", "economy, business and finance", 1, null, 0.5, 0.4)));

        assertThat(subjects).extracting(NinjsSubject::literal)
                .containsExactly("medtop:11000000", null, "medtop:04000000");
        assertThat(subjects.get(0)).isSameAs(editors);
    }

    @Test
    void keepsUpstreamEntriesWeDidNotFindAheadOfOurs() {
        NinjsEntityRef editorsPick = new NinjsEntityRef("Maria Vega", "about", null, null, null);
        NinjsItem enriched = ninjs.withEntities(item(List.of(editorsPick), List.of(), List.of()), List.of(
                entity("E1", "PERSON", "Daniel Ortiz", 1.0)));

        assertThat(enriched.people()).extracting(NinjsEntityRef::name).containsExactly("Maria Vega", "Daniel Ortiz");
    }

    @Test
    void replacesUpstreamEntryWeFoundAndKeepsItsUri() {
        NinjsEntityRef upstream = new NinjsEntityRef("ortiz", null, "http://example.org/people/ortiz", null, null);
        NinjsItem enriched = ninjs.withEntities(item(List.of(upstream), List.of(), List.of()), List.of(
                entity("E1", "PERSON", "Daniel Ortiz", 1.0, "Ortiz")));

        assertThat(enriched.people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Daniel Ortiz");
            assertThat(person.literal()).isEqualTo("E1");
            assertThat(person.uri()).isEqualTo("http://example.org/people/ortiz");
        });
    }

    @Test
    void aLinkedEntityCarriesItsWikipediaUrlAsUriEvenOverAnUpstreamOne() {
        NinjsEntityRef upstream = new NinjsEntityRef("Daniel Ortiz", null, "http://example.org/people/ortiz", null,
                null);
        Enrichment.Entity linked = entity("E1", "PERSON", "Daniel Ortiz", 0.6)
                .withLink("Daniel_Ortiz", EntityLink.to("Daniel_Ortiz", 0.9));
        Enrichment.Entity nil = entity("E2", "PERSON", "Ana Ruiz", 0.4).withLink("person:ana ruiz", EntityLink.nil(0));

        NinjsItem enriched = ninjs.withEntities(item(List.of(upstream), List.of(), List.of()), List.of(linked, nil));

        assertThat(enriched.people()).extracting(NinjsEntityRef::name, NinjsEntityRef::uri).containsExactly(
                tuple("Daniel Ortiz", "https://en.wikipedia.org/wiki/Daniel_Ortiz"), tuple("Ana Ruiz", null));
    }

    @Test
    void leavesTheRestOfTheItemAsItWas() {
        NinjsItem original = item(List.of(), List.of(), List.of());

        NinjsItem enriched = ninjs.withEntities(original, List.of(entity("E1", "PERSON", "Daniel Ortiz", 1.0)));

        assertThat(enriched.withEntities(List.of(), List.of(), List.of())).isEqualTo(original);
    }

    private static NinjsItem item(List<NinjsEntityRef> people, List<NinjsEntityRef> organisations,
                                  List<NinjsEntityRef> places) {
        return new NinjsItem("urn:test:1", "text", "1", null, "2024-03-03T10:00:00Z", null, "usable", "en",
                List.of(NinjsText.plain("Headline")), List.of(NinjsText.plain("Body.")), null, null,
                people, organisations, places, null, null);
    }

    private static Enrichment.Entity entity(String id, String type, String name, double salience,
                                            String... otherMentions) {
        List<Enrichment.Mention> mentions = new ArrayList<>();
        mentions.add(new Enrichment.Mention(0, name.length(), name, 0));
        for (String other : otherMentions) {
            mentions.add(new Enrichment.Mention(0, other.length(), other, 0));
        }
        return new Enrichment.Entity(id, type, name, salience, mentions);
    }
}
