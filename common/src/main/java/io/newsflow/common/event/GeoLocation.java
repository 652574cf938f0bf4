package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a LOCATION entity is on the map: the GeoNames place it was resolved to.
 *
 * @param geonamesId  the GeoNames id of a city; {@code null} for a country or region, for which the shipped
 *                    data (ISO 3166 tables) carries no GeoNames id
 * @param name        the place's name in GeoNames or ISO 3166 ("Caracas", "Venezuela", "Texas")
 * @param kind        {@code country}, {@code region} (first-level subdivision) or {@code city} (populated place)
 * @param countryCode ISO 3166-1 alpha-2 code of the country the place is in, upper case
 * @param regionCode  ISO 3166-2 code of a region ("US-TX"); {@code null} for countries and cities
 * @param latitude    WGS 84 degrees; for a country its capital, for a region its seat
 * @param longitude   WGS 84 degrees
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeoLocation(Long geonamesId, String name, String kind, String countryCode, String regionCode,
                          double latitude, double longitude) {
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String CITY = "city";
}
