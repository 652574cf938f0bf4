package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where an article came from: the configured source id (prefix of every article id), its name, its feed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String id, String name, String feedUrl) {
}
