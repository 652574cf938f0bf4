package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.GeoLocation;
import io.newsflow.common.ninjs.IptcQcodes;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsSubject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the entities into the ninjs item so that any ninjs consumer sees them: PERSON into {@code people},
 * ORGANIZATION into {@code organisations}, LOCATION into {@code places}, most salient first, each with the
 * canonical name and the entity id as {@code literal}, and a place the places stage put on the map with its
 * GeoJSON {@code Point} in {@code geoJSON}. MISC has no ninjs home and stays in the enrichment block.
 *
 * <p>{@code rel} is {@code "about"} for an entity with at least half the salience of the article's most salient
 * entity, {@code "mentioned"} otherwise: relative to the top because absolute shares shrink as articles name
 * more entities, and one half because the story's subjects are typically within a factor of two of each other
 * while passing mentions fall far below.
 *
 * <p>An entity linked to Wikipedia carries its article's URL as {@code uri}. Upstream entries are not thrown
 * away: an entry whose name matches one of our entities (its canonical name or any mention) is replaced by ours,
 * which inherits its {@code uri} when the entity is not linked; entries we did not find come first, unchanged,
 * then ours.
 *
 * <p>The IPTC Media Topics go into {@code subjects}, with {@code rel} {@code "about"}, the IPTC URI, the QCode as
 * {@code literal}, the topic model's version as {@code creator}, and relevance and confidence as the percentages
 * ninjs wants. A topic the upstream item already names (same URI or QCode) keeps the upstream entry, because an
 * editor's choice outranks the model's; the model's scores for it are still in the enrichment block.
 */
final class NinjsStage implements PipelineStage {
    static final String ABOUT = "about";
    static final String MENTIONED = "mentioned";
    static final double ABOUT_SHARE_OF_TOP = 0.5;

    private final String topicCreator;

    /** @param topicCreator names the model that chose the topics, in each subject's {@code creator} */
    NinjsStage(String topicCreator) {
        this.topicCreator = topicCreator;
    }

    @Override
    public String name() {
        return "ninjs";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.ENTITIES, DocField.TOPICS, DocField.NINJS_PEOPLE, DocField.NINJS_ORGANISATIONS,
                DocField.NINJS_PLACES, DocField.NINJS_SUBJECTS);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.NINJS_PEOPLE, DocField.NINJS_ORGANISATIONS, DocField.NINJS_PLACES,
                DocField.NINJS_SUBJECTS);
    }

    @Override
    public void process(ArticleDoc doc) {
        NinjsItem withEntities = withEntities(doc.ninjs(), doc.entities());
        doc.ninjs(withEntities.withSubjects(withTopics(withEntities.subjects(), doc.topics())));
    }

    List<NinjsSubject> withTopics(List<NinjsSubject> upstream, List<Enrichment.Topic> topics) {
        List<NinjsSubject> merged = new ArrayList<>(upstream);
        for (Enrichment.Topic topic : topics) {
            String uri = IptcQcodes.toUri(topic.qcode()).orElseThrow(() ->
                    new IllegalStateException("Topic " + topic.qcode() + " is not an IPTC Media Topic QCode"));
            boolean named = upstream.stream().anyMatch(subject ->
                    uri.equals(subject.uri()) || topic.qcode().equals(subject.literal()));
            if (!named) {
                merged.add(new NinjsSubject(topic.label(), ABOUT, uri, topic.qcode(), topicCreator,
                        percent(topic.relevance()), percent(topic.confidence()), new LinkedHashMap<>()));
            }
        }
        return List.copyOf(merged);
    }

    private static int percent(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    NinjsItem withEntities(NinjsItem item, List<Enrichment.Entity> entities) {
        double top = entities.stream().mapToDouble(Enrichment.Entity::salience).max().orElse(0);
        return item.withEntities(
                merge(item.people(), ofType(entities, "PERSON"), top),
                merge(item.organisations(), ofType(entities, "ORGANIZATION"), top),
                merge(item.places(), ofType(entities, "LOCATION"), top));
    }

    private static List<Enrichment.Entity> ofType(List<Enrichment.Entity> entities, String type) {
        return entities.stream().filter(entity -> type.equals(entity.type())).toList();
    }

    private static List<NinjsEntityRef> merge(List<NinjsEntityRef> upstream, List<Enrichment.Entity> ours,
                                              double topSalience) {
        List<NinjsEntityRef> merged = new ArrayList<>();
        List<NinjsEntityRef> matched = new ArrayList<>();
        for (NinjsEntityRef ref : upstream) {
            boolean found = ref.name() != null
                    && ours.stream().anyMatch(entity -> names(entity).contains(NameKey.of(ref.name())));
            (found ? matched : merged).add(ref);
        }
        for (Enrichment.Entity entity : ours) {
            String upstreamUri = matched.stream().filter(ref -> names(entity).contains(NameKey.of(ref.name())))
                    .map(NinjsEntityRef::uri).filter(Objects::nonNull).findFirst().orElse(null);
            String uri = entity.link() != null && !entity.link().nil() ? entity.link().url() : upstreamUri;
            String rel = entity.salience() >= ABOUT_SHARE_OF_TOP * topSalience ? ABOUT : MENTIONED;
            merged.add(new NinjsEntityRef(entity.canonicalName(), rel, uri, entity.id(), geoJson(entity.geo())));
        }
        return List.copyOf(merged);
    }

    /** A place on the map as ninjs 3.1 wants it: a GeoJSON Point, longitude first. */
    private static Map<String, Object> geoJson(GeoLocation geo) {
        if (geo == null) {
            return null;
        }
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("type", "Point");
        point.put("coordinates", List.of(geo.longitude(), geo.latitude()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("geoJSON", point);
        return properties;
    }

    private static Set<String> names(Enrichment.Entity entity) {
        Stream<String> mentions = entity.mentions().stream().map(Enrichment.Mention::text);
        return Stream.concat(Stream.of(entity.canonicalName()), mentions).map(NameKey::of).collect(Collectors.toSet());
    }
}
