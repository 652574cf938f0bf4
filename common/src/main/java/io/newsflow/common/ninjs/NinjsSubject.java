package io.newsflow.common.ninjs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/** An entry of ninjs {@code subjects}; relevance and confidence are integers 0..100 as ninjs requires. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsSubject(String name, String rel, String uri, String literal, String creator,
                           Integer relevance, Integer confidence,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> otherProperties) {

    public NinjsSubject {
        otherProperties = otherProperties == null ? new LinkedHashMap<>() : otherProperties;
    }
}
