package io.newsflow.common.ninjs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ninjs headline or body: a value with an optional role and IANA content type.
 * Properties this record does not model (charCount, wordCount, ...) are kept in {@code otherProperties}
 * so that an upstream item passes through unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsText(String role, String contentType, String value,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherProperties) {

    public NinjsText {
        otherProperties = otherProperties == null ? new LinkedHashMap<>() : otherProperties;
    }

    public static NinjsText plain(String value) {
        return new NinjsText(null, "text/plain", value, null);
    }

    /** Ignored by JSON: the ninjs schema allows no extra properties in a headline or body. */
    @JsonIgnore
    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase().contains("html");
    }
}
