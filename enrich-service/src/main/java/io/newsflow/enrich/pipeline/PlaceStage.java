package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.GeoLocation;
import io.newsflow.enrich.places.Gazetteer;
import io.newsflow.enrich.places.PlaceResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts every LOCATION entity that names a country, first-level region or populated place on the map
 * ({@link PlaceResolver}: population, the article's other places, its dateline), writing its {@code geo}.
 */
final class PlaceStage implements PipelineStage {
    static final String MODEL_VERSION = "geo-index-1";

    private final PlaceResolver resolver;

    PlaceStage(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.ENTITIES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.ENTITY_GEO);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of(MODEL_VERSION);
    }

    @Override
    public void process(ArticleDoc doc) {
        doc.entityGeo(locate(doc.entities(), doc.cleanedText()));
    }

    /** @return the place of each LOCATION entity that names one, by entity id */
    Map<String, GeoLocation> locate(List<Enrichment.Entity> entities, String text) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Enrichment.Entity entity : entities) {
            if ("LOCATION".equals(entity.type())) {
                List<String> forms = new ArrayList<>();
                forms.add(entity.canonicalName());
                entity.mentions().stream().map(Enrichment.Mention::text).filter(t -> !forms.contains(t))
                        .forEach(forms::add);
                names.put(entity.id(), forms);
            }
        }
        Map<String, GeoLocation> located = new LinkedHashMap<>();
        resolver.resolve(names, text).forEach((id, place) -> located.put(id, place.toGeoLocation()));
        return located;
    }
}
