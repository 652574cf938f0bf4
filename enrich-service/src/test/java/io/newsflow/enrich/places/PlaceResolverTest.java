package io.newsflow.enrich.places;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped geo index and the resolver on sentences written for these tests. */
class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.loadDefault());

    @Test
    void parisAloneIsTheFrenchCapital() {
        Place paris = resolve(Map.of("E1", List.of("Paris")), "Ministers met in Paris on Tuesday.").get("E1");

        assertThat(paris.country()).isEqualTo("FR");
        assertThat(paris.kind()).isEqualTo("city");
        assertThat(paris.geonamesId()).isEqualTo(2988507L);
    }

    @Test
    void parisBesideTexasPlacesIsTheTexanTown() {
        Map<String, Place> places = resolve(ordered("E1", List.of("Paris"), "E2", List.of("Dallas"),
                "E3", List.of("Texas")), "Storms hit Paris on Tuesday, two hours north-east of Dallas, "
                + "and damaged schools across northern Texas.");

        assertThat(places.get("E1").country()).isEqualTo("US");
        assertThat(places.get("E1").admin1()).isEqualTo("TX");
        assertThat(places.get("E3").isRegion()).isTrue();
        assertThat(places.get("E3").isoRegion()).isEqualTo("US-TX");
    }

    @Test
    void parisWithAWrittenQualifierIsTheTexanTownEvenAlone() {
        Place paris = resolve(Map.of("E1", List.of("Paris, Texas")), "A fair opened in Paris, Texas.").get("E1");

        assertThat(paris.country()).isEqualTo("US");
    }

    @Test
    void theDatelineDecidesParisAndTheCountryItNames() {
        String text = "Farmers protest\nPARIS, Texas (AP) — Farmers drove tractors into Paris on Monday.";

        assertThat(resolve(Map.of("E1", List.of("Paris")), text).get("E1").country()).isEqualTo("US");
        assertThat(resolve(Map.of("E1", List.of("Paris")),
                "Farmers protest\nPARIS (Reuters) - Farmers drove tractors into Paris on Monday.")
                .get("E1").country()).isEqualTo("FR");
    }

    @Test
    void georgiaIsTheCountryUnlessTheArticleIsInTheUnitedStates() {
        Place inCaucasus = resolve(ordered("E1", List.of("Georgia"), "E2", List.of("Russia")),
                "Georgia accused Russia of moving border posts.").get("E1");
        Place inSouth = resolve(ordered("E1", List.of("Georgia"), "E2", List.of("Atlanta")),
                "Voters in Georgia queued for hours in Atlanta suburbs.").get("E1");
        Place byDateline = resolve(Map.of("E1", List.of("Georgia")),
                "Vote count\nATLANTA (Reuters) - Georgia will recount the ballots, officials said.").get("E1");

        assertThat(inCaucasus.isCountry()).isTrue();
        assertThat(inCaucasus.country()).isEqualTo("GE");
        assertThat(inSouth.isRegion()).isTrue();
        assertThat(inSouth.isoRegion()).isEqualTo("US-GA");
        assertThat(byDateline.isoRegion()).isEqualTo("US-GA");
    }

    @Test
    void caracasIsInVenezuela() {
        Map<String, Place> places = resolve(ordered("E1", List.of("Caracas"), "E2", List.of("Venezuela")),
                "Talks stall\nCARACAS, Venezuela (Reuters) - Protesters marched through Caracas as Venezuela's "
                        + "opposition called for new elections.");

        assertThat(places.get("E1").country()).isEqualTo("VE");
        assertThat(places.get("E1").latitude()).isBetween(10.0, 11.0);
        assertThat(places.get("E1").longitude()).isBetween(-67.5, -66.5);
        assertThat(places.get("E2").isCountry()).isTrue();
        assertThat(places.get("E2").country()).isEqualTo("VE");
    }

    @Test
    void newsNamesForCountriesAndCapitalsOverSmallerNamesakes() {
        Map<String, Place> places = resolve(ordered("E1", List.of("U.S."), "E2", List.of("Washington"),
                "E3", List.of("Britain")), "The U.S. and Britain agreed in Washington.");

        assertThat(places.get("E1").country()).isEqualTo("US");
        assertThat(places.get("E1").isCountry()).isTrue();
        assertThat(places.get("E2").admin1()).isEqualTo("DC");
        assertThat(places.get("E3").country()).isEqualTo("GB");
    }

    @Test
    void leavesNamesThatAreNoKnownPlaceWithoutOne() {
        assertThat(resolve(Map.of("E1", List.of("Middle Earth")), "They sailed to Middle Earth.")).isEmpty();
    }

    private Map<String, Place> resolve(Map<String, List<String>> locations, String text) {
        return resolver.resolve(locations, text);
    }

    private static Map<String, List<String>> ordered(Object... idsAndNames) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) idsAndNames[i + 1];
            map.put((String) idsAndNames[i], names);
        }
        return map;
    }
}
