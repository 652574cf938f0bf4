package io.newsflow.ingest.api;

import org.springframework.http.MediaType;

/** The media types the push API reads besides the standard JSON and plain text. */
final class ArticleMediaTypes {
    /** IPTC's registered type for ninjs; input declared with it is always read as ninjs. */
    static final String NINJS_JSON_VALUE = "application/vnd.iptc.ninjs+json";
    static final MediaType NINJS_JSON = MediaType.parseMediaType(NINJS_JSON_VALUE);
    /** Newline-delimited JSON: one article per line. */
    static final String NDJSON_VALUE = "application/x-ndjson";
    static final MediaType NDJSON = MediaType.parseMediaType(NDJSON_VALUE);

    private ArticleMediaTypes() {
    }
}
