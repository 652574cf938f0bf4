package io.newsflow.ingest.intake;

import org.springframework.http.MediaType;

/** The media types the push API reads besides the standard JSON and plain text. */
public final class ArticleMediaTypes {
    /** IPTC's registered type for ninjs; input declared with it is always read as ninjs. */
    public static final String NINJS_JSON_VALUE = "application/vnd.iptc.ninjs+json";
    public static final MediaType NINJS_JSON = MediaType.parseMediaType(NINJS_JSON_VALUE);
    /** Newline-delimited JSON: one article per line. */
    public static final String NDJSON_VALUE = "application/x-ndjson";
    public static final MediaType NDJSON = MediaType.parseMediaType(NDJSON_VALUE);

    private ArticleMediaTypes() {
    }
}
