package io.newsflow.common.cloudevents;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes CloudEvents attributes as Kafka headers (CloudEvents Kafka protocol binding, binary mode). */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** The binding maps {@code datacontenttype} to the plain Kafka {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static void write(Headers headers, CloudEventAttributes attributes) {
        put(headers, SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        put(headers, ID, attributes.id());
        put(headers, SOURCE, attributes.source());
        put(headers, TYPE, attributes.type());
        put(headers, TIME, attributes.time().toString());
        if (attributes.subject() != null) {
            put(headers, SUBJECT, attributes.subject());
        }
        put(headers, CONTENT_TYPE, CloudEventAttributes.CONTENT_TYPE);
    }

    /**
     * Reads the attributes back.
     *
     * @throws IllegalArgumentException when a required attribute is missing or the spec version is not 1.0
     */
    public static CloudEventAttributes read(Headers headers) {
        String specVersion = required(headers, SPEC_VERSION);
        if (!CloudEventAttributes.SPEC_VERSION.equals(specVersion)) {
            throw new IllegalArgumentException("Unsupported CloudEvents spec version '" + specVersion
                    + "' in header " + SPEC_VERSION + "; newsflow reads 1.0");
        }
        return new CloudEventAttributes(required(headers, ID), required(headers, SOURCE), required(headers, TYPE),
                Instant.parse(required(headers, TIME)), value(headers, SUBJECT).orElse(null));
    }

    public static Optional<String> value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        return value(headers, name).orElseThrow(() -> new IllegalArgumentException(
                "CloudEvents header " + name + " is missing; every newsflow record carries it"));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
