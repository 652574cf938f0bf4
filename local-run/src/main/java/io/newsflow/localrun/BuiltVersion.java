package io.newsflow.localrun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version the build put in every jar's name, so that help texts name the jars as they are built. */
final class BuiltVersion {
    static final String VERSION = read();

    private BuiltVersion() {
    }

    private static String read() {
        String resource = "/newsflow-local-run-build.properties";
        try (InputStream in = BuiltVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath; rebuild local-run");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
