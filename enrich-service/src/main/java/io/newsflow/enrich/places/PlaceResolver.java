package io.newsflow.enrich.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses which place each location name of an article means, from three kinds of evidence:
 * <ul>
 *   <li><b>prior</b>: a country outranks a region, a region most cities, and a bigger city a smaller one
 *   ({@code log10} of the population; a capital counts as {@value #CAPITAL_BONUS} orders of magnitude more,
 *   because news names capitals for their governments: "Washington" is the city, not the state);</li>
 *   <li><b>the article's other places</b>: a candidate in the same country as another place of the article gains
 *   {@value #SAME_COUNTRY}, one in the same region (a city in a region the article names, or a region holding a
 *   city it names) {@value #SAME_REGION} more. The other places count with the meaning their prior gives them,
 *   so one pass settles it and no circular reasoning can flip-flop;</li>
 *   <li><b>the dateline and written qualifiers</b>: "PARIS, Texas (AP) —" or "Paris, Texas" in the text restrict the
 *   name to places in the qualifier ({@value #QUALIFIED} more), and the dateline place itself counts as context
 *   like any other place.</li>
 * </ul>
 * The weights are round numbers chosen so that one piece of context (a qualifier, or same region) outweighs the
 * hundredfold population difference between a world city and a small town of the same name, while same-country
 * context alone does not; they were not fitted to a test set. Thread-safe.
 */
public final class PlaceResolver {
    static final double COUNTRY_PRIOR = 9.5;
    static final double REGION_PRIOR = 6.5;
    static final double CAPITAL_BONUS = 2;
    static final double SAME_COUNTRY = 2;
    static final double SAME_REGION = 3;
    static final double QUALIFIED = 6;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param locations each location entity's id and the names the article uses for it, canonical name first
     * @param text      the article's cleaned text, for its dateline
     * @return the place of each entity that names one, by entity id
     */
    public Map<String, Place> resolve(Map<String, List<String>> locations, String text) {
        Optional<Dateline> dateline = Dateline.find(text);
        Optional<Place> datelinePlace = dateline.flatMap(this::placeOf);
        Map<String, List<Candidates>> namesById = new LinkedHashMap<>();
        Map<String, Place> byPrior = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> location : locations.entrySet()) {
            List<Candidates> names = location.getValue().stream().map(this::candidatesOf)
                    .filter(c -> !c.places().isEmpty()).toList();
            if (!names.isEmpty()) {
                namesById.put(location.getKey(), names);
                best(names, List.of()).ifPresent(place -> byPrior.put(location.getKey(), place));
            }
        }
        Map<String, Place> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<Candidates>> entity : namesById.entrySet()) {
            List<Place> context = new ArrayList<>();
            byPrior.forEach((id, place) -> {
                if (!id.equals(entity.getKey())) {
                    context.add(place);
                }
            });
            String key = PlaceNames.key(entity.getValue().get(0).name());
            if (datelinePlace.isPresent() && dateline.map(d -> PlaceNames.key(d.place()).equals(key)).orElse(false)) {
                chosen.put(entity.getKey(), datelinePlace.get());
                continue;
            }
            datelinePlace.ifPresent(context::add);
            best(entity.getValue(), context).ifPresent(place -> chosen.put(entity.getKey(), place));
        }
        return chosen;
    }

    /** The dateline's place: a city, restricted to its qualifier when it has one. */
    Optional<Place> placeOf(Dateline dateline) {
        String name = dateline.qualifier().isEmpty() ? dateline.place() : dateline.place() + ", " + dateline.qualifier();
        return best(List.of(candidatesOf(name)), List.of());
    }

    /** "Paris, Texas": the places named "Paris" and what the qualifier may mean. */
    private Candidates candidatesOf(String name) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            String head = name.substring(0, comma).strip();
            List<Place> qualifiers = gazetteer.candidates(name.substring(comma + 1).strip()).stream()
                    .filter(place -> place.isCountry() || place.isRegion()).toList();
            return new Candidates(head, gazetteer.candidates(head), qualifiers);
        }
        return new Candidates(name, gazetteer.candidates(name), List.of());
    }

    private static Optional<Place> best(List<Candidates> names, List<Place> context) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidates name : names) {
            for (Place place : name.places()) {
                double score = score(place, name.qualifiers(), context);
                if (score > bestScore) {
                    best = place;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static double score(Place place, List<Place> qualifiers, List<Place> context) {
        double score = prior(place);
        if (qualifiers.stream().anyMatch(q -> q.isCountry() ? q.country().equals(place.country()) : place.liesIn(q))) {
            score += QUALIFIED;
        }
        if (context.stream().anyMatch(other -> other.country().equals(place.country()))) {
            score += SAME_COUNTRY;
        }
        if (context.stream().anyMatch(other -> place.liesIn(other) || other.liesIn(place))) {
            score += SAME_REGION;
        }
        return score;
    }

    static double prior(Place place) {
        if (place.isCountry()) {
            return COUNTRY_PRIOR;
        }
        if (place.isRegion()) {
            return REGION_PRIOR;
        }
        return Math.log10(place.population() + 10.0) + (place.capital() ? CAPITAL_BONUS : 0);
    }

    private record Candidates(String name, List<Place> places, List<Place> qualifiers) {
    }
}
