package io.newsflow.common.cloudevents;

import java.time.Instant;

/**
 * The CloudEvents 1.0 context attributes newsflow sets on every record. They travel as Kafka headers in
 * binary content mode; the record value is the event data itself.
 */
public record CloudEventAttributes(String id, String source, String type, Instant time, String subject) {

    public static final String SPEC_VERSION = "1.0";
    public static final String RAW_ARTICLE_TYPE = "io.newsflow.article.raw.v1";
    public static final String ENRICHED_ARTICLE_TYPE = "io.newsflow.article.enriched.v1";
    public static final String CONTENT_TYPE = "application/json";
}
