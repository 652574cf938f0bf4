package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.EntityLink;
import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.linking.WikipediaLinker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links every PERSON, ORGANIZATION and LOCATION entity to its English Wikipedia article (or marks it NIL) and
 * gives every entity its cross-article key. It runs on the clustered entities, so all the names the article
 * uses for one referent ("Nicolás Maduro", "Maduro") speak together for one link.
 */
final class LinkStage implements PipelineStage {
    static final Set<String> LINKED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private final LinkIndex index;
    private final WikipediaLinker linker;

    LinkStage(LinkIndex index) {
        this.index = index;
        this.linker = new WikipediaLinker(index);
    }

    @Override
    public String name() {
        return "linking";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.ENTITIES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.ENTITY_LINKS);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of(index.version());
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.entityLinks(link(doc.entities()));
    }

    /** Each entity with its key and, for the linked types, its link; in the order given. */
    List<Enrichment.Entity> link(List<Enrichment.Entity> entities) {
        Map<String, Enrichment.Entity> linked = new LinkedHashMap<>();
        for (Enrichment.Entity entity : entities) {
            EntityLink link = LINKED_TYPES.contains(entity.type())
                    ? linker.link(entity.type(), entity.canonicalName(),
                    entity.mentions().stream().map(Enrichment.Mention::text).toList())
                    : null;
            linked.put(entity.id(), entity.withLink(
                    WikipediaLinker.key(entity.type(), entity.canonicalName(), link), link));
        }
        return List.copyOf(linked.values());
    }
}
