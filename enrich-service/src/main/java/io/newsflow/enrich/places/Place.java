package io.newsflow.enrich.places;

import io.newsflow.common.event.GeoLocation;

/**
 * One entry of the gazetteer: a country, a first-level region or a populated place.
 *
 * @param kind       {@link GeoLocation#COUNTRY}, {@link GeoLocation#REGION} or {@link GeoLocation#CITY}
 * @param geonamesId GeoNames id of a city, 0 for countries and regions
 * @param country    ISO 3166-1 alpha-2
 * @param admin1     GeoNames first-level administrative code of a city or region ("TX"), empty when unknown
 * @param isoRegion  ISO 3166-2 code of a region ("US-TX"), empty otherwise
 * @param population GeoNames population of a city, 0 for countries and regions
 * @param name       the place's name in GeoNames (cities) or ISO 3166 (countries, regions)
 * @param capital    whether a city is its country's seat of government (GeoNames feature code PPLC)
 */
public record Place(String kind, long geonamesId, String country, String admin1, String isoRegion, double latitude,
                    double longitude, long population, String name, boolean capital) {

    public boolean isCountry() {
        return GeoLocation.COUNTRY.equals(kind);
    }

    public boolean isRegion() {
        return GeoLocation.REGION.equals(kind);
    }

    /** Whether this place lies in {@code region} (same country and first-level code); a region lies in itself. */
    public boolean liesIn(Place region) {
        return region.isRegion() && country.equals(region.country) && !admin1.isEmpty()
                && admin1.equals(region.admin1);
    }

    public GeoLocation toGeoLocation() {
        return new GeoLocation(geonamesId == 0 ? null : geonamesId, name, kind, country,
                isoRegion.isEmpty() ? null : isoRegion, latitude, longitude);
    }
}
