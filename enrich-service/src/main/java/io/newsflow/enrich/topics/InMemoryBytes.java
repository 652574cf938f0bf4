package io.newsflow.enrich.topics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The bytes a model file would have, for hashing into a version and for writing in one go. */
final class InMemoryBytes {
    /** Something that writes itself to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream target) throws IOException;
    }

    private InMemoryBytes() {
    }

    static byte[] of(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
