package io.newsflow.common.schema;

/** The IPTC ninjs versions whose official schemas newsflow ships (in {@code ninjs/} on the classpath). */
public enum NinjsSchemaVersion {
    V3_0("3.0", "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json", "ninjs/ninjs-schema_3.0.json"),
    V3_1("3.1", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json", "ninjs/ninjs-schema_3.1.json");

    private final String number;
    private final String schemaId;
    private final String resource;

    NinjsSchemaVersion(String number, String schemaId, String resource) {
        this.number = number;
        this.schemaId = schemaId;
        this.resource = resource;
    }

    /** {@code 3.0} or {@code 3.1}, as ninjs writes it in {@code standard.version}. */
    public String number() {
        return number;
    }

    /** The schema's {@code $id} without its empty fragment, as IPTC publishes it. */
    public String schemaId() {
        return schemaId;
    }

    /** Classpath location of the shipped copy of the official schema. */
    public String resource() {
        return resource;
    }
}
