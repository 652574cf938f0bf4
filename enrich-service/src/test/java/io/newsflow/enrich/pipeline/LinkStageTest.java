package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.EntityLink;
import io.newsflow.enrich.linking.LinkCandidate;
import io.newsflow.enrich.linking.LinkIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkStageTest {
    private final LinkStage stage = new LinkStage(LinkIndex.of(Map.of(
            "trump", new LinkCandidate("Donald_Trump", 0.511),
            "donald trump", new LinkCandidate("Donald_Trump", 0.98),
            "donald j. trump", new LinkCandidate("Donald_Trump", 1.0),
            "caracas", new LinkCandidate("Caracas", 0.971))));

    @Test
    void thePersonNamedDifferentlyInTwoArticlesGetsOneKey() {
        Enrichment.Entity first = stage.link(List.of(entity("E1", "PERSON", "Trump"))).get(0);
        Enrichment.Entity second = stage.link(List.of(entity("E1", "PERSON", "Donald J. Trump", "Trump"))).get(0);

        assertThat(first.key()).isEqualTo("Donald_Trump").isEqualTo(second.key());
        assertThat(second.link().url()).isEqualTo("https://en.wikipedia.org/wiki/Donald_Trump");
    }

    @Test
    void anUnlinkedEntityIsNilWithATypeAndNameKeyAndMiscIsNotLinked() {
        List<Enrichment.Entity> linked = stage.link(List.of(
                entity("E1", "LOCATION", "Caracas"),
                entity("E2", "PERSON", "Ingrid Halvorsen", "Halvorsen"),
                entity("E3", "MISC", "Venezuelan")));

        assertThat(linked).extracting(Enrichment.Entity::id).containsExactly("E1", "E2", "E3");
        assertThat(linked.get(0).link()).isEqualTo(EntityLink.to("Caracas", 0.971));
        assertThat(linked.get(1).link().nil()).isTrue();
        assertThat(linked.get(1).key()).isEqualTo("person:ingrid halvorsen");
        assertThat(linked.get(2).link()).isNull();
        assertThat(linked.get(2).key()).isEqualTo("misc:venezuelan");
        assertThat(linked.get(1).mentionCount()).isEqualTo(2);
    }

    private static Enrichment.Entity entity(String id, String type, String name, String... otherMentions) {
        List<Enrichment.Mention> mentions = new ArrayList<>();
        mentions.add(new Enrichment.Mention(0, name.length(), name, 0));
        for (String other : otherMentions) {
            mentions.add(new Enrichment.Mention(0, other.length(), other, 0));
        }
        return new Enrichment.Entity(id, type, name, 1.0 / (1 + otherMentions.length), mentions);
    }
}
