package io.newsflow.common.ninjs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IPTC ninjs 3.1 news item. The properties newsflow reads or writes are modelled; every other
 * property of an upstream item is kept verbatim in {@code otherProperties}, so nothing a provider sent
 * is lost on the way through the pipeline.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsItem(
        String uri,
        String type,
        String version,
        String firstCreated,
        String versionCreated,
        String contentCreated,
        String pubStatus,
        String language,
        List<NinjsText> headlines,
        List<NinjsText> bodies,
        String by,
        String located,
        List<NinjsEntityRef> people,
        List<NinjsEntityRef> organisations,
        List<NinjsEntityRef> places,
        List<NinjsSubject> subjects,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherProperties) {

    public NinjsItem {
        headlines = headlines == null ? List.of() : List.copyOf(headlines);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        people = people == null ? List.of() : List.copyOf(people);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        places = places == null ? List.of() : List.copyOf(places);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        otherProperties = otherProperties == null ? new LinkedHashMap<>() : otherProperties;
    }

    /** The headline with role "main", else the first one; null when the item has none. */
    @JsonIgnore
    public String mainHeadline() {
        return headlines.stream().filter(h -> "main".equals(h.role())).findFirst()
                .or(() -> headlines.stream().findFirst())
                .map(NinjsText::value).orElse(null);
    }

    /** The first plain-text body, else the first body of any type (callers strip markup); null if none. */
    @JsonIgnore
    public NinjsText mainBody() {
        return bodies.stream().filter(b -> !b.isHtml()).findFirst()
                .or(() -> bodies.stream().findFirst())
                .orElse(null);
    }

    @JsonIgnore
    public boolean isRetraction() {
        return PubStatus.isRetraction(pubStatus);
    }

    public NinjsItem withEntities(List<NinjsEntityRef> newPeople, List<NinjsEntityRef> newOrganisations,
                                  List<NinjsEntityRef> newPlaces) {
        return new NinjsItem(uri, type, version, firstCreated, versionCreated, contentCreated, pubStatus,
                language, headlines, bodies, by, located, newPeople, newOrganisations, newPlaces, subjects,
                otherProperties);
    }

    public NinjsItem withSubjects(List<NinjsSubject> newSubjects) {
        return new NinjsItem(uri, type, version, firstCreated, versionCreated, contentCreated, pubStatus,
                language, headlines, bodies, by, located, people, organisations, places, newSubjects,
                otherProperties);
    }
}
