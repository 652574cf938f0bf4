package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.GeoLocation;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The places stage in the default pipeline, on a wire story written for this test. */
class PlaceStageTest {
    private static EnrichedArticleEvent enriched;

    @BeforeAll
    static void enrich() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.createDefault();
        enriched = pipeline.enrich(TestArticles.raw("test-wire:caracas-1", "Opposition marches in Caracas",
                "CARACAS, Venezuela (Reuters) - Thousands of opposition supporters marched through Caracas on "
                        + "Saturday, and smaller crowds gathered in Maracaibo and Valencia, organisers said. "
                        + "Diplomats in Bogota and Madrid called for calm."));
    }

    @Test
    void putsTheArticlesPlacesOnTheMap() {
        GeoLocation caracas = geoOf("Caracas");
        GeoLocation valencia = geoOf("Valencia");

        assertThat(caracas.kind()).isEqualTo(GeoLocation.CITY);
        assertThat(caracas.countryCode()).isEqualTo("VE");
        assertThat(caracas.geonamesId()).isEqualTo(3646738L);
        // The Spanish city is bigger; the Venezuelan article's other places make it Valencia, Venezuela.
        assertThat(valencia.countryCode()).isEqualTo("VE");
        assertThat(geoOf("Madrid").countryCode()).isEqualTo("ES");
    }

    @Test
    void givesNinjsPlacesAGeoJsonPointLongitudeFirst() {
        NinjsEntityRef caracas = enriched.ninjs().places().stream().filter(p -> p.name().equals("Caracas"))
                .findFirst().orElseThrow();

        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) caracas.otherProperties().get("geoJSON");
        assertThat(point).containsEntry("type", "Point");
        assertThat(point.get("coordinates")).isEqualTo(List.of(geoOf("Caracas").longitude(),
                geoOf("Caracas").latitude()));
    }

    @Test
    void runsAfterEntitiesAndReportsItsIndex() {
        assertThat(enriched.enrichment().stagesRun()).containsSubsequence("entities", "places", "ninjs");
        assertThat(enriched.enrichment().modelVersions()).containsEntry("places", PlaceStage.MODEL_VERSION);
    }

    @Test
    void theEventMeetsTheSchemaWithNinjsThreeOne() {
        new EventSchemaValidator().assertValidEnriched(new JsonEventSerializer<EnrichedArticleEvent>()
                .serialize("t", enriched));
    }

    private static GeoLocation geoOf(String name) {
        Enrichment.Entity entity = enriched.enrichment().entities().stream()
                .filter(e -> e.canonicalName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + enriched.enrichment().entities()));
        assertThat(entity.geo()).as("geo of %s", name).isNotNull();
        return entity.geo();
    }
}
