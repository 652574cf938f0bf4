package io.newsflow.trends.article;

/**
 * Where a place is on the map, from the enriched event's {@code entities[].geo} (enrich's {@code places} stage).
 *
 * @param kind        {@code country}, {@code region} or {@code city}
 * @param countryCode ISO 3166-1 alpha-2, upper case
 * @param latitude    WGS 84 degrees; a country's is its capital, a region's its seat
 * @param longitude   WGS 84 degrees
 */
public record PlaceGeo(String kind, String countryCode, double latitude, double longitude) {
    public static final String COUNTRY = "country";
}
