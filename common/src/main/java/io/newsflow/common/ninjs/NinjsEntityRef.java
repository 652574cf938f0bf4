package io.newsflow.common.ninjs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry of ninjs {@code people}, {@code organisations} or {@code places}. The ninjs schema forbids
 * extra properties there, so scores belong in the enrichment block, never here.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsEntityRef(String name, String rel, String uri, String literal,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> otherProperties) {

    public NinjsEntityRef {
        otherProperties = otherProperties == null ? new LinkedHashMap<>() : otherProperties;
    }

    public static NinjsEntityRef named(String name, String literal) {
        return new NinjsEntityRef(name, null, null, literal, null);
    }
}
