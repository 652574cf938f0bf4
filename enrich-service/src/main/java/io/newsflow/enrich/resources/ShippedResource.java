package io.newsflow.enrich.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a model file the jar ships (topic model, word vectors, sentiment model). A missing or unreadable one is
 * a broken build, not a condition the service can work around, so it fails loudly, naming the command that
 * writes the file.
 */
public final class ShippedResource {
    private ShippedResource() {
    }

    /** Turns the resource's bytes into the loaded object. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(byte[] bytes) throws IOException;
    }

    /**
     * @param resource absolute classpath name, e.g. {@code /topics/iptc-topics.bin.gz}
     * @param what     what the file is, for messages ("topic model")
     * @param command  the command that writes it ({@code train-topics})
     * @throws IllegalStateException when the resource is not on the classpath
     * @throws UncheckedIOException  when it cannot be read or parsed
     */
    public static <T> T load(String resource, String what, String command, Reader<T> reader) {
        try (InputStream in = ShippedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the classpath; build it "
                        + "with the " + command + " command");
            }
            return reader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
    }
}
