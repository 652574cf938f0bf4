package io.newsflow.common.cloudevents;

import io.newsflow.common.article.Sha256;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The CloudEvents 1.0 context attributes newsflow sets on every record. They travel as Kafka headers in
 * binary content mode; the record value is the event data itself.
 */
public record CloudEventAttributes(String id, String source, String type, Instant time, String subject) {

    public static final String SPEC_VERSION = "1.0";
    public static final String RAW_ARTICLE_TYPE = "io.newsflow.article.raw.v1";
    public static final String ENRICHED_ARTICLE_TYPE = "io.newsflow.article.enriched.v1";
    public static final String CONTENT_TYPE = "application/json";

    /**
     * An event id derived from what the event says (for example article id, version and content hash), so
     * that a resend of the same event carries the same {@code ce_id} and consumers can drop the duplicate.
     */
    public static String deterministicId(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part).append('\0');
        }
        return HexFormat.of().formatHex(Sha256.digest(joined.toString()), 0, 16);
    }
}
